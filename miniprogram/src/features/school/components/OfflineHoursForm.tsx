import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, View } from '@tarojs/components';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { schoolApi } from '../api';

type Fields = 'title' | 'date' | 'hours';

/**
 * Offline 学时 for one member (党课, 集中培训): the server checks the recorder's scope and the
 * figures; a resent form (same request id) is recorded once.
 */
export function OfflineHoursForm({
  memberId,
  name,
  today,
  onDone,
}: {
  memberId: string;
  name: string;
  today: string;
  onDone: () => void;
}) {
  const [input, setInput] = useState({ title: '', date: today, hours: '' });
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);
  const [requestId] = useState(newRequestId);

  const submit = async () => {
    const hours = Number(input.hours);
    const found: Partial<Record<Fields, string>> = {};
    if (input.title.trim().length < 2) found.title = '请填写培训名称（至少 2 个字）';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) found.date = '请按 2026-12-01 的格式填写日期';
    if (!(hours >= 0.5 && hours <= 80 && Number.isInteger(hours * 2)))
      found.hours = '学时须为 0.5 的整数倍，0.5–80';
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      await schoolApi.recordOffline({
        memberId,
        title: input.title.trim(),
        date: input.date,
        hours,
        requestId,
      });
      void Taro.showToast({ title: '已登记', icon: 'success' });
      onDone();
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      const field = error.field as Fields | undefined;
      if (field && field in input) setErrors({ [field]: error.message });
      else setFormError(error.message);
    } finally {
      setSending(false);
    }
  };

  const set = (key: Fields) => (e: { detail: { value: string } }) =>
    setInput({ ...input, [key]: e.detail.value });
  return (
    <View className="school-card" data-testid="school-offline-form">
      <Field label={`为 ${name} 登记线下学时：培训名称`} name="title" error={errors.title}>
        <Input value={input.title} placeholder="如：支部集中培训" onInput={set('title')} />
      </Field>
      <Field label="培训日期" name="date" error={errors.date}>
        <Input value={input.date} placeholder="2026-12-01" onInput={set('date')} />
      </Field>
      <Field label="学时" name="hours" error={errors.hours}>
        <Input value={input.hours} type="digit" placeholder="如：4" onInput={set('hours')} />
      </Field>
      <FormSubmit
        error={formError}
        sending={sending}
        testId="school-offline-submit"
        onSubmit={() => void submit()}
      >
        登记
      </FormSubmit>
    </View>
  );
}
