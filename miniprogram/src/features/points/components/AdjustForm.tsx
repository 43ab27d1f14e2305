import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { ADJUST_MAX_POINTS, REASON_LENGTH } from '../../../../../typings/policy/limits';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { checkAdjust, signedAmount, type AdjustErrors, type AdjustInput } from '../adjust-form';
import { pointsApi } from '../api';
import { adjustedText } from '../labels';
import './AdjustForm.scss';

const KINDS: [AdjustInput['kind'], string][] = [
  ['award', '补发'],
  ['deduct', '违规扣减'],
];

/** 补发 or 违规扣减 for one member, with the reason every manual entry must carry. */
export function AdjustForm({
  memberId,
  onDone,
}: {
  memberId: string;
  onDone: (result: { entryId: string; awarded: number }) => void;
}) {
  const [input, setInput] = useState<AdjustInput>({ kind: 'award', points: '', reason: '' });
  const [errors, setErrors] = useState<AdjustErrors>({});
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);
  const [requestId] = useState(newRequestId);
  const set = <K extends keyof AdjustInput>(key: K, value: AdjustInput[K]) =>
    setInput((prev) => ({ ...prev, [key]: value }));

  const submit = async () => {
    const found = checkAdjust(input);
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      const result = await pointsApi.adjust({
        requestId,
        memberId,
        points: signedAmount(input),
        reason: input.reason.trim(),
      });
      Taro.showToast({ title: adjustedText(result.awarded), icon: 'success' });
      onDone(result);
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      if (error.field === 'points' || error.field === 'reason')
        setErrors({ [error.field]: error.message });
      else setFormError(error.message);
    } finally {
      setSending(false);
    }
  };

  return (
    <View>
      <View className="field-card">
        <Field label="调整类型" name="kind">
          <View className="adjust-kinds" role="radiogroup">
            {KINDS.map(([kind, label]) => (
              <View
                key={kind}
                role="radio"
                aria-checked={input.kind === kind}
                className={`adjust-kinds__option ${input.kind === kind ? 'adjust-kinds__option--on' : ''}`}
                onClick={() => set('kind', kind)}
              >
                <Text>{label}</Text>
              </View>
            ))}
          </View>
        </Field>
        <Field label={`分值（1–${ADJUST_MAX_POINTS} 分）`} name="points" error={errors.points}>
          <Input
            className="field__input"
            type="number"
            placeholder="例如 2"
            value={input.points}
            onInput={(e) => set('points', e.detail.value)}
          />
        </Field>
        <Field label="原因" name="reason" error={errors.reason}>
          <Textarea
            className="field__textarea"
            placeholder="写明补发或扣减的原因，党员本人可以看到"
            maxlength={REASON_LENGTH.max}
            value={input.reason}
            onInput={(e) => set('reason', e.detail.value)}
          />
        </Field>
      </View>
      <FormSubmit error={formError} sending={sending} testId="adjust-submit" onSubmit={submit}>
        确认{input.kind === 'award' ? '补发' : '扣减'}
      </FormSubmit>
    </View>
  );
}
