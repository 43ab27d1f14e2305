import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Input, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { OFFLINE_HOURS_MAX } from '../../../../../typings/policy/limits';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { schoolApi } from '../api';
import { pickEvidencePhoto } from '../evidence-photo';

type Fields = 'title' | 'date' | 'hours' | 'evidence';

/**
 * Offline 学时 for one member (党课, 集中培训), with an evidence photo if there is one: the
 * server checks the recorder's scope and the figures; a resent form (same request id) is
 * recorded once.
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
  const [photo, setPhoto] = useState<{ fileID: string; preview: string } | null>(null);
  const [uploading, setUploading] = useState(false);

  const addPhoto = async () => {
    setUploading(true);
    try {
      const picked = await pickEvidencePhoto();
      if (picked) setPhoto(picked);
    } catch (err) {
      setErrors({ evidence: (err instanceof CloudError ? err : networkError()).message });
    } finally {
      setUploading(false);
    }
  };

  const submit = async () => {
    const hours = Number(input.hours);
    const found: Partial<Record<Fields, string>> = {};
    if (input.title.trim().length < 2) found.title = '请填写培训名称（至少 2 个字）';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) found.date = '请按 2026-12-01 的格式填写日期';
    if (!/^\d+(\.\d)?$/.test(input.hours.trim()) || hours <= 0 || hours > OFFLINE_HOURS_MAX)
      found.hours = `学时须大于 0、不超过 ${OFFLINE_HOURS_MAX}，最多一位小数`;
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
        ...(photo ? { evidence: photo.fileID } : {}),
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
        <Input value={input.hours} type="digit" placeholder="如：4 或 1.5" onInput={set('hours')} />
      </Field>
      <Field label="凭证照片（选填：签到表、结业证书）" name="evidence" error={errors.evidence}>
        {photo && <Image src={photo.preview} mode="aspectFit" className="school-evidence" />}
        <Button size="small" fill="outline" loading={uploading} onClick={() => void addPhoto()}>
          {photo ? '重新选择' : '拍照或选择照片'}
        </Button>
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
