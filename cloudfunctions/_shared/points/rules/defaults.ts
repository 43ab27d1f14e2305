import type { PointRuleDoc } from '../../../../typings/documents';

/** Rule codes other functions award under; `manual_*` and `reversal` belong to the points function. */
export const RULE_CODES = [
  'read_article',
  'complete_lesson',
  'study_hour',
  'daily_quiz',
  'pass_exam',
  'share_opened',
  'attend_meeting',
  'share_note',
  'manual_award',
  'manual_deduct',
  'reversal',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/** Codes a client-facing action may never award under directly. */
export const MANUAL_CODES: readonly RuleCode[] = ['manual_award', 'manual_deduct', 'reversal'];

type RuleTerms = Pick<
  PointRuleDoc,
  'name' | 'kind' | 'points' | 'dailyCap' | 'weeklyCap' | 'minSeconds'
>;

/**
 * The defaults, calibrated on the leading party-learning app (docs/domain.md §6.3): real learning
 * earns, caps stop grinding, and nothing is given for merely opening the app. An enterprise
 * changes them through `points.setRule`, which stores a new version.
 */
const TERMS: Record<RuleCode, RuleTerms> = {
  read_article: {
    name: '阅读文章',
    kind: 'event',
    points: 1,
    dailyCap: 6,
    weeklyCap: null,
    minSeconds: 30,
  },
  complete_lesson: {
    name: '完成课程',
    kind: 'event',
    points: 2,
    dailyCap: 10,
    weeklyCap: null,
    minSeconds: null,
  },
  study_hour: {
    name: '学时认定',
    kind: 'unit',
    points: 1,
    dailyCap: null,
    weeklyCap: null,
    minSeconds: null,
  },
  daily_quiz: {
    name: '每日答题',
    kind: 'unit',
    points: 1,
    dailyCap: 5,
    weeklyCap: null,
    minSeconds: null,
  },
  pass_exam: {
    name: '考试合格',
    kind: 'event',
    points: 5,
    dailyCap: null,
    weeklyCap: null,
    minSeconds: null,
  },
  share_opened: {
    name: '分享被阅读',
    kind: 'event',
    points: 1,
    dailyCap: 3,
    weeklyCap: null,
    minSeconds: null,
  },
  attend_meeting: {
    name: '参加三会一课/主题党日',
    kind: 'event',
    points: 3,
    dailyCap: null,
    weeklyCap: null,
    minSeconds: null,
  },
  share_note: {
    name: '向支部分享心得',
    kind: 'event',
    points: 1,
    dailyCap: 2,
    weeklyCap: null,
    minSeconds: null,
  },
  manual_award: {
    name: '补发积分',
    kind: 'manual',
    points: 20,
    dailyCap: null,
    weeklyCap: null,
    minSeconds: null,
  },
  manual_deduct: {
    name: '违规扣减',
    kind: 'manual',
    points: 20,
    dailyCap: null,
    weeklyCap: null,
    minSeconds: null,
  },
  reversal: {
    name: '更正',
    kind: 'manual',
    points: 1000,
    dailyCap: null,
    weeklyCap: null,
    minSeconds: null,
  },
};

/** Version 0 of every rule: effective since ever, until a stored version replaces it. */
export const DEFAULT_RULES: PointRuleDoc[] = RULE_CODES.map((code) => ({
  _id: `${code}@0`,
  code,
  version: 0,
  ...TERMS[code],
  from: new Date(0),
  to: null,
  createdBy: null,
  createdAt: new Date(0),
}));

export function isRuleCode(code: string): code is RuleCode {
  return (RULE_CODES as readonly string[]).includes(code);
}
