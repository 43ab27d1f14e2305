import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CloudError, networkError } from '../../../lib/cloud-error';
import type { RevealedNumbers } from '../../../../../typings';
import { memberApi } from '../api';
import './panel.scss';

/** The full ID and phone numbers, fetched only on request because every look is recorded. */
export function RevealPanel({ memberId }: { memberId: string }) {
  const [revealed, setRevealed] = useState<RevealedNumbers>();
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);

  const reveal = async () => {
    setSending(true);
    setError('');
    try {
      setRevealed(await memberApi.reveal(memberId));
    } catch (err) {
      setError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setSending(false);
    }
  };

  if (revealed) {
    return (
      <View className="panel" data-testid="revealed">
        <Text className="panel__row">身份证号：{revealed.idNumber ?? '未登记'}</Text>
        {revealed.idNumberPending && (
          <Text className="panel__note" data-testid="id-number-pending">
            该号码与其他党员的身份证号码重复，尚未生效：请核实两条记录后修改
          </Text>
        )}
        <Text className="panel__row">手机号码：{revealed.phone ?? '未登记'}</Text>
        <Text className="panel__note">本次查看已记入敏感信息访问记录</Text>
      </View>
    );
  }
  return (
    <View className="panel">
      <Button type="primary" fill="outline" block disabled={sending} onClick={reveal}>
        查看完整信息
      </Button>
      <Text className="panel__note">查看完整的身份证号和手机号会被记录</Text>
      {error && (
        <View className="panel__error" role="alert">
          {error}
        </View>
      )}
    </View>
  );
}
