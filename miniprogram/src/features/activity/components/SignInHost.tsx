import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useCloud } from '../../../lib/use-cloud';
import { SignInQr } from './SignInQr';
import './activity.scss';

/** How often the host's screen asks again: well inside the code's 30-second window. */
const REFRESH_MS = 5_000;

/**
 * The host's screen in the meeting: the 6-digit code, read aloud or typed in, changing every
 * 30 seconds (docs/domain.md §2.9); members on WeChat scan the QR code that carries it.
 */
export function SignInHost({ activityId }: { activityId: string }) {
  const code = useCloud('activity', 'signInCode', { activityId });
  const { reload } = code;
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => {
      reload();
      tick((n) => n + 1);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  if (code.error) return <ErrorState error={code.error} onRetry={reload} />;
  if (!code.data) return <Loading />;
  const left = Math.max(0, Math.round((Date.parse(code.data.expiresAt) - Date.now()) / 1000));
  return (
    <View className="activity-card">
      <Text className="activity-card__title">签到码</Text>
      <SignInQr payload={code.data.qr} />
      <Text className="activity-code" data-testid="sign-in-code">
        {code.data.code}
      </Text>
      <Text className="activity-card__muted">
        约 {left} 秒后更换；党员用微信扫描二维码，或在“我的活动”中输入签到码。
      </Text>
    </View>
  );
}
