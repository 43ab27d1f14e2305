import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Field } from '../../../components/Field';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { activityApi } from '../api';
import './activity.scss';

/** The QR code carries `djsignin:<activity>:<code>` (the host's screen). */
const fromQr = (text: string) => /^djsignin:([^:]+):(\d{6})$/.exec(text);

/** A member signs in with the code the host shows, or by scanning it on WeChat. */
export function SignInMember({ activityId, onDone }: { activityId: string; onDone: () => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  const send = async (value: string) => {
    if (!/^\d{6}$/.test(value)) return setError('请输入 6 位签到码');
    setSending(true);
    try {
      const reply = await activityApi.signIn(activityId, value);
      setError(undefined);
      await Taro.showToast({ title: reply.already ? '你已签到' : '签到成功', icon: 'success' });
      onDone();
    } catch (err) {
      setError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setSending(false);
    }
  };

  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const match = fromQr(result);
      if (!match || match[1] !== activityId) return setError('这不是本次活动的签到码');
      await send(match[2]);
    } catch {
      // The member closed the scanner: nothing to do.
    }
  };

  return (
    <View className="activity-card" data-testid="sign-in-member">
      <Field label="签到码" name="code" error={error}>
        <Input
          className="field__input"
          type="number"
          maxlength={6}
          value={code}
          placeholder="输入主持人手机上的 6 位数字"
          onInput={(e) => setCode(e.detail.value)}
        />
      </Field>
      <View className="activity-links">
        <Button
          type="primary"
          loading={sending}
          data-testid="sign-in-submit"
          onClick={() => send(code)}
        >
          签到
        </Button>
        {process.env.TARO_ENV === 'weapp' && (
          <Button fill="outline" onClick={scan}>
            扫码签到
          </Button>
        )}
      </View>
      <Text className="activity-card__muted">签到从活动开始前 30 分钟开放，至结束后 30 分钟。</Text>
    </View>
  );
}
