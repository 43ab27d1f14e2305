import type { QuestionDoc, QuestionOption, QuestionType } from '../../../typings/documents';

/**
 * A question-bank row as people write it in Excel (docs/domain.md §7.10): 单选/多选/判断, options
 * in columns A–F, the answer as letters (`ABD`, `A,B,D`) or, for true/false, `对`/`错`.
 */

export interface QuestionRow {
  type: string;
  stem: string;
  options: string[];
  answer: string;
  explanation: string;
  tags: string;
  difficulty: string;
  examOnly: string;
}

export type ParsedQuestion = Pick<
  QuestionDoc,
  'type' | 'stem' | 'options' | 'answer' | 'explanation' | 'tags' | 'difficulty' | 'examOnly'
>;

/** A refusal names the column (field) it is about, so an editor can point at it. */
export type RowVerdict =
  { ok: true; question: ParsedQuestion } | { ok: false; reason: string; field: keyof QuestionRow };

export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const JUDGE_OPTIONS: QuestionOption[] = [
  { key: 'T', text: '正确' },
  { key: 'F', text: '错误' },
];
const TYPES: Record<string, QuestionType> = {
  单选: 'single',
  单选题: 'single',
  多选: 'multiple',
  多选题: 'multiple',
  判断: 'judge',
  判断题: 'judge',
};
const JUDGE_ANSWERS: Record<string, 'T' | 'F'> = {
  对: 'T',
  正确: 'T',
  '√': 'T',
  T: 'T',
  错: 'F',
  错误: 'F',
  '×': 'F',
  F: 'F',
};
const DIFFICULTIES: Record<string, 1 | 2 | 3> = {
  '': 2,
  '1': 1,
  易: 1,
  简单: 1,
  '2': 2,
  中: 2,
  中等: 2,
  '3': 3,
  难: 3,
  困难: 3,
};
const YES_NO: Record<string, boolean> = { '': false, 否: false, 是: true };

export const STEM_MAX = 500;
export const OPTION_MAX = 200;
export const EXPLANATION_MAX = 1000;
export const TAG_MAX = 20;
export const TAGS_MAX = 5;

const fail = (field: keyof QuestionRow, reason: string): RowVerdict => ({
  ok: false,
  reason,
  field,
});

/** One row checked whole: the first thing wrong with it is its reason. */
export function parseQuestionRow(row: QuestionRow): RowVerdict {
  const type = TYPES[row.type];
  if (!type) return fail('type', '题型须为 单选、多选 或 判断');
  if (!row.stem) return fail('stem', '题干不能为空');
  if (row.stem.length > STEM_MAX) return fail('stem', `题干不能超过 ${STEM_MAX} 字`);

  let options: QuestionOption[];
  let answer: string[];
  if (type === 'judge') {
    options = JUDGE_OPTIONS;
    const key = JUDGE_ANSWERS[row.answer.toUpperCase()];
    if (!key) return fail('answer', '判断题的答案须为 对 或 错');
    answer = [key];
  } else {
    const last = row.options.reduce((end, text, i) => (text ? i + 1 : end), 0);
    if (row.options.slice(0, last).some((text) => !text))
      return fail('options', '选项须从 A 列起依次填写，中间不能空');
    if (last < 2) return fail('options', '至少要有 A、B 两个选项');
    if (row.options.some((text) => text.length > OPTION_MAX))
      return fail('options', `选项不能超过 ${OPTION_MAX} 字`);
    options = row.options.slice(0, last).map((text, i) => ({ key: OPTION_KEYS[i], text }));
    const letters = row.answer.toUpperCase().replace(/[\s,，、]/g, '');
    if (!letters) return fail('answer', '答案不能为空');
    if (!/^[A-F]+$/.test(letters)) return fail('answer', '答案须为选项字母，如 A 或 ABD');
    answer = [...new Set(letters)].sort();
    if (answer.length !== letters.length) return fail('answer', '答案中有重复的字母');
    const missing = answer.filter((k) => !options.some((o) => o.key === k));
    if (missing.length) return fail('answer', `答案 ${missing.join('')} 没有对应的选项`);
    if (type === 'single' && answer.length !== 1) return fail('answer', '单选题只能有一个答案');
    if (type === 'multiple' && answer.length < 2) return fail('answer', '多选题至少要有两个答案');
  }

  if (row.explanation.length > EXPLANATION_MAX)
    return fail('explanation', `解析不能超过 ${EXPLANATION_MAX} 字`);
  const tags = [...new Set(row.tags.split(/[\s,，、;；]+/).filter(Boolean))];
  if (!tags.length) return fail('tags', '标签不能为空');
  if (tags.length > TAGS_MAX) return fail('tags', `标签最多 ${TAGS_MAX} 个`);
  if (tags.some((t) => t.length > TAG_MAX)) return fail('tags', `每个标签不能超过 ${TAG_MAX} 字`);
  const difficulty = DIFFICULTIES[row.difficulty];
  if (!difficulty) return fail('difficulty', '难度须为 易、中、难（或 1、2、3）');
  const examOnly = YES_NO[row.examOnly];
  if (examOnly === undefined) return fail('examOnly', '仅用于考试须为 是 或 否');

  return {
    ok: true,
    question: {
      type,
      stem: row.stem,
      options,
      answer,
      explanation: row.explanation,
      tags,
      difficulty,
      examOnly,
    },
  };
}
