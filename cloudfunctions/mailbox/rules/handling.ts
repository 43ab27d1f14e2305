import type { LetterStatus } from '../../../typings/policy/mailbox';

/** A move the rules allow (the next status) or refuse (why, in Chinese). */
export type Move = { ok: true; status: LetterStatus } | { ok: false; reason: string };

const allow = (status: LetterStatus): Move => ({ ok: true, status });
const refuse = (reason: string): Move => ({ ok: false, reason });

/** The statuses a recipient may set by hand, and from where (docs/domain.md §8.5). */
const BY_HAND: Partial<Record<LetterStatus, readonly LetterStatus[]>> = {
  未读: ['已读'],
  处理中: ['已读', '未读'],
  已办结: ['已答复'],
};

export function setByHand(from: LetterStatus, to: LetterStatus): Move {
  if (from === to) return allow(to);
  if (BY_HAND[to]?.includes(from)) return allow(to);
  if (to === '已办结') return refuse('信件答复之后才能办结');
  return refuse(`信件${from}，不能改为${to}`);
}

/** A recipient opening a letter reads it: only 未读 changes. */
export const onOpen = (from: LetterStatus): LetterStatus => (from === '未读' ? '已读' : from);

/** Any answer before 已办结 makes it 已答复. */
export function onReply(from: LetterStatus): Move {
  return from === '已办结' ? refuse('信件已办结，不能再答复') : allow('已答复');
}

/** The writer rates an answered letter, once. */
export function canRate(status: LetterStatus, rated: boolean): Move {
  if (status !== '已答复' && status !== '已办结') return refuse('收到答复后才能评价');
  if (rated) return refuse('已经评价过了');
  return allow(status);
}

/** The writer reopens an answered letter once: it goes back to 处理中. */
export function onReopen(status: LetterStatus, reopened: boolean): Move {
  if (status !== '已答复' && status !== '已办结') return refuse('收到答复后才能重新提出');
  if (reopened) return refuse('每封信只能重新提出一次');
  return allow('处理中');
}

/** `YYYY-MM-DD` plus whole days, on the calendar (no time zone involved). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one calendar day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** Overdue: past its deadline and still waiting for an answer (docs/domain.md §8.5). */
export function isOverdue(
  letter: { status: LetterStatus; deadline: string },
  today: string,
): boolean {
  return (
    today > letter.deadline &&
    (letter.status === '未读' || letter.status === '已读' || letter.status === '处理中')
  );
}
