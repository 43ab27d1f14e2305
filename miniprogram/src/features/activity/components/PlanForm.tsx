import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { ACTIVITY_LIMITS, ACTIVITY_TYPES } from '../../../../../typings/documents/activity';
import type { ActivityType, DueGroup } from '../../../../../typings/documents/activity';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { Chips } from '../../../components/Chips';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { activityApi } from '../api';
import { openActivity } from '../labels';
import '../../../components/field.scss';

type FieldName = 'type' | 'topic' | 'startsAt' | 'endsAt' | 'place' | 'form';
const FIELDS: FieldName[] = ['type', 'topic', 'startsAt', 'endsAt', 'place'];
const DUE: { value: DueGroup; label: string }[] = [
  { value: 'all', label: '全体党员' },
  { value: 'committee', label: '支委会委员' },
];

/** An instant from a China date and wall-clock time (docs/domain.md §10.1). */
const instant = (date: string, time: string) => `${date}T${time}:00+08:00`;

/** The 书记 or 组织委员 plans one activity of the month; it then opens for sign-in and record. */
export function PlanForm() {
  const [type, setType] = useState<ActivityType>('主题党日');
  const [topic, setTopic] = useState('');
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [start, setStart] = useState('14:30');
  const [end, setEnd] = useState('16:00');
  const [place, setPlace] = useState('');
  const [dueGroup, setDueGroup] = useState<DueGroup>('all');
  const [materials, setMaterials] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [sending, setSending] = useState(false);
  const [requestId] = useState(newRequestId);
  // From last month (an activity held before it was entered) to a year ahead, not up to 2999.
  const firstDay = dayjs().subtract(1, 'month').startOf('month').format('YYYY-MM-DD');
  const lastDay = dayjs().add(1, 'year').format('YYYY-MM-DD');

  const submit = async () => {
    const found: Partial<Record<FieldName, string>> = {};
    if (!topic.trim()) found.topic = '请填写活动主题';
    if (!place.trim()) found.place = '请填写活动地点';
    if (end <= start) found.endsAt = '结束时间须晚于开始时间';
    setErrors(found);
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      const { activityId } = await activityApi.plan({
        requestId,
        type,
        topic,
        startsAt: instant(date, start),
        endsAt: instant(date, end),
        place,
        dueGroup,
        materials,
      });
      await Taro.showToast({ title: '活动已安排', icon: 'success' });
      await Taro.redirectTo({ url: openActivity(activityId) });
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      const field = FIELDS.find((f) => f === error.field) ?? 'form';
      setErrors({ [field]: error.message });
    } finally {
      setSending(false);
    }
  };

  return (
    <View>
      <View className="field-card">
        <Field label="类型" name="type" error={errors.type}>
          <Chips
            options={ACTIVITY_TYPES.map((t) => ({ value: t, label: t }))}
            value={type}
            onChange={(v) => setType(v as ActivityType)}
            testIdPrefix="plan-type-"
          />
        </Field>
        <Field label="主题" name="topic" error={errors.topic}>
          <Input
            className="field__input"
            value={topic}
            maxlength={ACTIVITY_LIMITS.topic}
            placeholder="如：重温入党誓词"
            onInput={(e) => setTopic(e.detail.value)}
          />
        </Field>
        <Field label="日期" name="startsAt" error={errors.startsAt}>
          <Picker
            mode="date"
            data-testid="plan-date"
            value={date}
            start={firstDay}
            end={lastDay}
            onChange={(e) => setDate(e.detail.value)}
          >
            <Text className="field__value">{date}</Text>
          </Picker>
        </Field>
        <Field label="时间" name="endsAt" error={errors.endsAt}>
          <View>
            <Picker mode="time" value={start} onChange={(e) => setStart(e.detail.value)}>
              <Text className="field__value">开始 {start}</Text>
            </Picker>
            <Picker mode="time" value={end} onChange={(e) => setEnd(e.detail.value)}>
              <Text className="field__value">结束 {end}</Text>
            </Picker>
          </View>
        </Field>
        <Field label="地点" name="place" error={errors.place}>
          <Input
            className="field__input"
            value={place}
            maxlength={ACTIVITY_LIMITS.place}
            placeholder="如：三楼党员活动室"
            onInput={(e) => setPlace(e.detail.value)}
          />
        </Field>
        <Field label="应到人员" name="dueGroup">
          <Chips options={DUE} value={dueGroup} onChange={(v) => setDueGroup(v as DueGroup)} />
        </Field>
        <Field label="学习材料（缺席党员会后补学）" name="materials">
          <Textarea
            className="field__textarea"
            value={materials}
            maxlength={ACTIVITY_LIMITS.materials}
            autoHeight
            placeholder="可不填"
            onInput={(e) => setMaterials(e.detail.value)}
          />
        </Field>
      </View>
      <FormSubmit error={errors.form} sending={sending} testId="plan-submit" onSubmit={submit}>
        发布活动安排
      </FormSubmit>
    </View>
  );
}
