import { useRef, useState } from 'react';
import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import type { AdminQuestion } from '../../../../../typings/functions/school';
import type { QuestionType } from '../../../../../typings/documents';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { Chips } from '../../../components/Chips';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { authoringApi } from '../authoring-api';
import { TYPE_LABEL } from '../format';
import '../../../components/field.scss';
import './authoring.scss';

const KEYS = ['A', 'B', 'C', 'D', 'E', 'F'];
const JUDGE = [
  { value: 'T', label: '正确' },
  { value: 'F', label: '错误' },
];
const DIFFICULTY = [
  { value: '1', label: '易' },
  { value: '2', label: '中' },
  { value: '3', label: '难' },
];
type FieldName = 'type' | 'stem' | 'options' | 'answer' | 'explanation' | 'tags' | 'difficulty';
type Errors = Partial<Record<FieldName | 'form', string>>;
const FIELDS: readonly string[] = [
  'type',
  'stem',
  'options',
  'answer',
  'explanation',
  'tags',
  'difficulty',
];

/**
 * Writes or edits one question; the server checks it by the import's row rules and names the
 * field it refuses (docs/domain.md §7.10).
 */
export function QuestionForm({
  question,
  onSaved,
  onCancel,
}: {
  question?: AdminQuestion;
  onSaved: (q: AdminQuestion) => void;
  onCancel: () => void;
}) {
  const [type, setType] = useState<QuestionType>(question?.type ?? 'single');
  const [stem, setStem] = useState(question?.stem ?? '');
  const [options, setOptions] = useState<string[]>(
    question && question.type !== 'judge' ? question.options.map((o) => o.text) : ['', '', '', ''],
  );
  const [answer, setAnswer] = useState<string[]>(question?.answer ?? []);
  const [explanation, setExplanation] = useState(question?.explanation ?? '');
  const [tags, setTags] = useState(question?.tags.join('、') ?? '');
  const [difficulty, setDifficulty] = useState<1 | 2 | 3>(question?.difficulty ?? 2);
  const [examOnly, setExamOnly] = useState(question?.examOnly ?? false);
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const requestId = useRef(newRequestId());

  const toggle = (key: string) =>
    setAnswer((prev) =>
      type === 'multiple'
        ? prev.includes(key)
          ? prev.filter((k) => k !== key)
          : [...prev, key].sort()
        : [key],
    );

  const submit = async () => {
    setSending(true);
    setErrors({});
    try {
      const filled = options.map((o) => o.trim());
      const saved = await authoringApi.saveQuestion({
        ...(question ? { id: question._id } : {}),
        requestId: requestId.current,
        type,
        stem,
        options:
          type === 'judge'
            ? []
            : filled.slice(
                0,
                filled.reduce((n, o, i) => (o ? i + 1 : n), 0),
              ),
        answer,
        explanation,
        tags: tags.split(/[\s,，、;；]+/).filter(Boolean),
        difficulty,
        examOnly,
      });
      onSaved(saved);
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      const field = (error.field ?? '').split('.')[0];
      setErrors({ [FIELDS.includes(field) ? field : 'form']: error.message });
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="field-card" data-testid="question-form">
      <Field label="题型" name="question-type" error={errors.type}>
        <Chips
          options={(['single', 'multiple', 'judge'] as const).map((t) => ({
            value: t,
            label: TYPE_LABEL[t],
          }))}
          value={type}
          onChange={(value) => {
            setType(value as QuestionType);
            setAnswer([]);
          }}
          testIdPrefix="question-type-"
        />
      </Field>
      <Field label="题干" name="question-stem" error={errors.stem}>
        <Textarea
          className="field__input"
          data-testid="question-stem"
          value={stem}
          maxlength={500}
          onInput={(e) => setStem(e.detail.value)}
        />
      </Field>
      {type !== 'judge' && (
        <Field label="选项（从 A 起依次填写）" name="question-options" error={errors.options}>
          {options.map((text, i) => (
            <View key={KEYS[i]} className="authoring-row">
              <Text>{KEYS[i]}</Text>
              <Input
                className="field__input authoring-row__text"
                data-testid={`question-option-${KEYS[i]}`}
                value={text}
                maxlength={200}
                onInput={(e) =>
                  setOptions((prev) => prev.map((o, j) => (j === i ? e.detail.value : o)))
                }
              />
            </View>
          ))}
          {options.length < KEYS.length && (
            <Text className="authoring-link" onClick={() => setOptions((prev) => [...prev, ''])}>
              添加选项
            </Text>
          )}
        </Field>
      )}
      <Field
        label={type === 'multiple' ? '答案（可多选）' : '答案'}
        name="question-answer"
        error={errors.answer}
      >
        <View className="chips">
          {(type === 'judge'
            ? JUDGE
            : options.map((_o, i) => ({ value: KEYS[i], label: KEYS[i] }))
          ).map((o) => (
            <Text
              key={o.value}
              className={`chips__chip ${answer.includes(o.value) ? 'chips__chip--active' : ''}`}
              data-testid={`question-answer-${o.label}`}
              onClick={() => toggle(o.value)}
            >
              {o.label}
            </Text>
          ))}
        </View>
      </Field>
      <Field label="解析" name="question-explanation" error={errors.explanation}>
        <Textarea
          className="field__input"
          value={explanation}
          maxlength={1000}
          onInput={(e) => setExplanation(e.detail.value)}
        />
      </Field>
      <Field label="标签（用顿号分隔，最多 5 个）" name="question-tags" error={errors.tags}>
        <Input
          className="field__input"
          data-testid="question-tags"
          value={tags}
          onInput={(e) => setTags(e.detail.value)}
        />
      </Field>
      <Field label="难度" name="question-difficulty" error={errors.difficulty}>
        <Chips
          options={DIFFICULTY}
          value={String(difficulty)}
          onChange={(v) => setDifficulty(Number(v) as 1 | 2 | 3)}
        />
      </Field>
      <Field label="仅用于考试（不进入每日一练）" name="question-exam-only">
        <Switch checked={examOnly} onChange={(e) => setExamOnly(e.detail.value)} />
      </Field>
      <FormSubmit
        error={errors.form}
        sending={sending}
        testId="question-save"
        onSubmit={submit}
        secondary={
          <Text className="authoring-link" onClick={onCancel}>
            取消
          </Text>
        }
      >
        保存题目
      </FormSubmit>
    </View>
  );
}
