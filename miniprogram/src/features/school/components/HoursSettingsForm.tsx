import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { HoursSettings } from '../../../../../typings/functions/school';
import { HOURS_SETTING_LIMITS } from '../../../../../typings/policy/limits';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { schoolApi } from '../api';
import './school.scss';

type Key = keyof HoursSettings;

const FIELDS: { key: Key; label: string; unit: string }[] = [
  { key: 'minutesPerHour', label: '线上学习多少分钟计 1 学时', unit: '分钟' },
  { key: 'memberHours', label: '党员每年应完成', unit: '学时' },
  { key: 'leaderHours', label: '支部书记、副书记和支委每年应完成', unit: '学时' },
];

/**
 * The enterprise's 学时 standard (docs/domain.md §7.1, §7.2), with what a change does to the
 * figures already counted.
 */
export function HoursSettingsForm({ initial }: { initial: HoursSettings }) {
  const [input, setInput] = useState(
    Object.fromEntries(FIELDS.map(({ key }) => [key, String(initial[key])])) as Record<Key, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);

  const submit = async () => {
    const found: Partial<Record<Key, string>> = {};
    for (const { key, unit } of FIELDS) {
      const { min, max } = HOURS_SETTING_LIMITS[key];
      const value = Number(input[key]);
      if (!/^\d+$/.test(input[key].trim()) || value < min || value > max)
        found[key] = `请填写 ${min}–${max} 的整数${unit}`;
    }
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      const saved = await schoolApi.saveHoursSettings({
        minutesPerHour: Number(input.minutesPerHour),
        memberHours: Number(input.memberHours),
        leaderHours: Number(input.leaderHours),
      });
      setInput(
        Object.fromEntries(FIELDS.map(({ key }) => [key, String(saved[key])])) as Record<
          Key,
          string
        >,
      );
      void Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      const field = error.field as Key | undefined;
      if (field && field in input) setErrors({ [field]: error.message });
      else setFormError(error.message);
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="page">
      <View className="school-card" data-testid="school-hours-settings">
        {FIELDS.map(({ key, label, unit }) => (
          <Field key={key} label={`${label}（${unit}）`} name={key} error={errors[key]}>
            <Input
              type="number"
              value={input[key]}
              onInput={(e) => setInput({ ...input, [key]: e.detail.value })}
            />
          </Field>
        ))}
        <FormSubmit
          error={formError}
          sending={sending}
          testId="school-hours-settings-save"
          onSubmit={() => void submit()}
        >
          保存
        </FormSubmit>
      </View>
      <Text className="school-section">
        按《中国共产党党员教育管理工作条例》第二十条，党员每年学习培训一般不少于 32
        学时，基层党组织书记和班子成员不少于 56 学时，这里只能设得更高。
      </Text>
      <Text className="school-section">
        修改后立即生效：线上学习按累计的有效学习时长记录，本年度已记录的线上学时按新标准重新折算（例如
        90 分钟在 45 分钟计 1 学时时为 2 学时，改为 60 分钟后为 1.5
        学时）；线下登记的学时不变；已发放的学时积分不收回，之后每满 1
        学时的积分在超过已发放的学时数后继续发放。
      </Text>
    </View>
  );
}
