import { useRef, useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import type { AdminExam } from '../../../../../typings/functions/school';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { Chips } from '../../../components/Chips';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { usePagedList } from '../../../lib/use-paged-list';
import { authoringApi } from '../authoring-api';
import type { OrgChoice } from './CourseForm';
import '../../../components/field.scss';
import './authoring.scss';

type Errors = Partial<
  Record<
    | 'title'
    | 'scopeId'
    | 'paper'
    | 'timeLimitMinutes'
    | 'passMark'
    | 'attemptsAllowed'
    | 'dates'
    | 'form',
    string
  >
>;
const FIELD_OF: Record<string, keyof Errors> = {
  title: 'title',
  scopeId: 'scopeId',
  timeLimitMinutes: 'timeLimitMinutes',
  passMark: 'passMark',
  attemptsAllowed: 'attemptsAllowed',
  opensAt: 'dates',
  closesAt: 'dates',
};
const MODES = [
  { value: 'tags', label: '按标签随机抽题' },
  { value: 'fixed', label: '固定题目' },
];

/** Beijing days: an exam opens at the start of its first day and closes at the end of its last. */
const startOf = (day: string) => `${day}T00:00:00+08:00`;
const endOf = (day: string) => `${day}T23:59:59+08:00`;
const dayOf = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * An exam's title, scope, paper (a fixed list from the bank, or counts drawn by tag for every
 * attempt), time limit, pass mark, attempts and the days it is open (docs/domain.md §7.7).
 */
export function ExamForm({
  exam,
  orgs,
  today,
  onSaved,
}: {
  exam?: AdminExam;
  orgs: OrgChoice[];
  today: string;
  onSaved: (exam: AdminExam) => void;
}) {
  const [title, setTitle] = useState(exam?.title ?? '');
  const [scopeId, setScopeId] = useState(exam?.scopeId ?? orgs[0]?._id ?? '');
  const [mode, setMode] = useState<'tags' | 'fixed'>(exam?.paper.kind ?? 'tags');
  const [picks, setPicks] = useState(
    exam?.paper.kind === 'tags'
      ? exam.paper.picks.map((p) => ({ tag: p.tag, count: String(p.count) }))
      : [{ tag: '', count: '5' }],
  );
  const [chosen, setChosen] = useState<string[]>(
    exam?.paper.kind === 'fixed' ? exam.paper.questions.map((q) => q._id) : [],
  );
  const [timeLimit, setTimeLimit] = useState(String(exam?.timeLimitMinutes ?? 30));
  const [passMark, setPassMark] = useState(String(exam?.passMark ?? 60));
  const [attempts, setAttempts] = useState(String(exam?.attemptsAllowed ?? 2));
  const [opens, setOpens] = useState(exam ? dayOf(exam.opensAt) : today);
  const [closes, setCloses] = useState(exam ? dayOf(exam.closesAt) : today);
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const requestId = useRef(newRequestId());
  const bank = usePagedList('school-exam-bank', (cursor) => authoringApi.questions({}, cursor));

  const setPick = (i: number, patch: Partial<{ tag: string; count: string }>) =>
    setPicks((prev) => prev.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  const submit = async () => {
    setSending(true);
    setErrors({});
    try {
      const saved = await authoringApi.saveExam({
        ...(exam ? { id: exam._id } : {}),
        requestId: requestId.current,
        title,
        scopeId,
        paper:
          mode === 'tags'
            ? {
                kind: 'tags',
                picks: picks
                  .filter((p) => p.tag.trim())
                  .map((p) => ({ tag: p.tag.trim(), count: Number(p.count) })),
              }
            : { kind: 'fixed', questionIds: chosen },
        timeLimitMinutes: Number(timeLimit),
        passMark: Number(passMark),
        attemptsAllowed: Number(attempts),
        opensAt: startOf(opens),
        closesAt: endOf(closes),
      });
      onSaved(saved);
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      const field = error.field ?? '';
      setErrors({
        [field.startsWith('paper') ? 'paper' : (FIELD_OF[field] ?? 'form')]: error.message,
      });
    } finally {
      setSending(false);
    }
  };

  const number = (value: string, set: (v: string) => void, testId: string) => (
    <Input
      className="field__input"
      type="number"
      data-testid={testId}
      value={value}
      onInput={(e) => set(e.detail.value)}
    />
  );

  return (
    <View className="field-card" data-testid="exam-form">
      <Field label="考试名称" name="exam-title" error={errors.title}>
        <Input
          className="field__input"
          data-testid="exam-title"
          value={title}
          maxlength={60}
          onInput={(e) => setTitle(e.detail.value)}
        />
      </Field>
      <Field label="考试范围" name="exam-scope" error={errors.scopeId}>
        <Chips
          options={orgs.map((o) => ({ value: o._id, label: o.name }))}
          value={scopeId}
          onChange={setScopeId}
        />
      </Field>
      <Field label="组卷方式" name="exam-paper" error={errors.paper}>
        <Chips
          options={MODES}
          value={mode}
          onChange={(v) => setMode(v as 'tags' | 'fixed')}
          testIdPrefix="exam-mode-"
        />
        {mode === 'tags' ? (
          <View>
            {picks.map((p, i) => (
              <View key={i} className="authoring-row">
                <Input
                  className="field__input authoring-row__text"
                  placeholder="标签，如 党章"
                  data-testid={`exam-pick-tag-${i}`}
                  value={p.tag}
                  onInput={(e) => setPick(i, { tag: e.detail.value })}
                />
                <Input
                  className="field__input"
                  type="number"
                  data-testid={`exam-pick-count-${i}`}
                  value={p.count}
                  onInput={(e) => setPick(i, { count: e.detail.value })}
                />
                <Text>题</Text>
              </View>
            ))}
            <Text
              className="authoring-link"
              onClick={() => setPicks((prev) => [...prev, { tag: '', count: '5' }])}
            >
              再加一个标签
            </Text>
          </View>
        ) : (
          <View>
            <Text className="authoring-progress">已选 {chosen.length} 题</Text>
            {bank.items.map((q) => (
              <View
                key={q._id}
                className={`school-option ${chosen.includes(q._id) ? 'school-option--chosen' : ''}`}
                onClick={() =>
                  setChosen((prev) =>
                    prev.includes(q._id) ? prev.filter((id) => id !== q._id) : [...prev, q._id],
                  )
                }
              >
                {q.stem}
              </View>
            ))}
            {bank.hasMore && (
              <Text className="authoring-link" onClick={bank.loadMore}>
                更多题目
              </Text>
            )}
          </View>
        )}
      </Field>
      <Field label="时长（分钟）" name="exam-time" error={errors.timeLimitMinutes}>
        {number(timeLimit, setTimeLimit, 'exam-time')}
      </Field>
      <Field label="及格分（满分 100）" name="exam-pass" error={errors.passMark}>
        {number(passMark, setPassMark, 'exam-pass')}
      </Field>
      <Field label="可考次数" name="exam-attempts" error={errors.attemptsAllowed}>
        {number(attempts, setAttempts, 'exam-attempts')}
      </Field>
      <Field label="开放日期" name="exam-dates" error={errors.dates}>
        <Picker mode="date" value={opens} onChange={(e) => setOpens(e.detail.value)}>
          <View className="authoring-link">从 {opens}</View>
        </Picker>
        <Picker
          mode="date"
          value={closes}
          start={today}
          onChange={(e) => setCloses(e.detail.value)}
        >
          <View className="authoring-link">到 {closes}</View>
        </Picker>
      </Field>
      <FormSubmit error={errors.form} sending={sending} testId="exam-save" onSubmit={submit}>
        保存考试
      </FormSubmit>
    </View>
  );
}
