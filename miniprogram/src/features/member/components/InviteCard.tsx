import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { formatDateTime } from '../../../lib/format';
import { spacedInviteCode } from '../invite-code';
import './InviteCard.scss';

/** A fresh invite code, large enough to read aloud or show across a desk. */
export function InviteCard({ code, expiresAt }: { code: string; expiresAt: string }) {
  const copy = () => Taro.setClipboardData({ data: code });
  return (
    <View className="invite-card">
      <Text className="invite-card__label">邀请码（仅可使用一次）</Text>
      <Text className="invite-card__code" data-testid="invite-code">
        {spacedInviteCode(code)}
      </Text>
      <Text className="invite-card__expiry">有效期至 {formatDateTime(expiresAt)}</Text>
      <Button type="primary" size="small" onClick={copy}>
        复制邀请码
      </Button>
    </View>
  );
}
