import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Textarea, View } from '@tarojs/components';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { REASON_LENGTH } from '../../../../../typings/policy/limits';
import { checkReason } from '../adjust-form';
import { pointsApi } from '../api';

/** 更正 (a reversal): cancels a wrong entry with an opposite one; the original stays in the ledger. */
export function ReverseForm({
  entryId,
  onDone,
}: {
  entryId: string;
  onDone: (result: { entryId: string; points: number }) => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);

  const submit = async () => {
    const found = checkReason(reason);
    setError(found);
    setFormError('');
    if (found) return;
    setSending(true);
    try {
      const result = await pointsApi.reverse({ entryId, reason: reason.trim() });
      Taro.showToast({ title: '已更正', icon: 'success' });
      onDone(result);
    } catch (err) {
      const cloud = err instanceof CloudError ? err : networkError();
      if (cloud.field === 'reason') setError(cloud.message);
      else setFormError(cloud.message);
    } finally {
      setSending(false);
    }
  };

  return (
    <View>
      <View className="field-card">
        <Field label="更正原因" name="reason" error={error}>
          <Textarea
            className="field__textarea"
            placeholder="写明这条记录为什么有误，党员本人可以看到"
            maxlength={REASON_LENGTH.max}
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
          />
        </Field>
      </View>
      <FormSubmit error={formError} sending={sending} testId="reverse-submit" onSubmit={submit}>
        确认更正
      </FormSubmit>
    </View>
  );
}
