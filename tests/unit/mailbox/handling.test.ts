import {
  addDays,
  canRate,
  daysBetween,
  isOverdue,
  onOpen,
  onReopen,
  onReply,
  setByHand,
} from '../../../cloudfunctions/mailbox/rules/handling';
import type { LetterStatus } from '../../../typings/policy/mailbox';

// docs/domain.md §8.5: 未读 → 已读 → 处理中 → 已答复 → 已办结, reopen once, overdue after the deadline.
describe('setByHand', () => {
  it.each<[LetterStatus, LetterStatus, boolean]>([
    ['已读', '未读', true],
    ['已读', '处理中', true],
    ['未读', '处理中', true],
    ['已答复', '已办结', true],
    ['处理中', '处理中', true],
    ['已读', '已办结', false],
    ['处理中', '已办结', false],
    ['未读', '已办结', false],
    ['已答复', '未读', false],
    ['已办结', '处理中', false],
    ['处理中', '未读', false],
  ])('%s → %s: %s', (from, to, ok) => {
    expect(setByHand(from, to).ok).toBe(ok);
  });
});

describe('the writer and the answer', () => {
  it.each<[LetterStatus, LetterStatus]>([
    ['未读', '已读'],
    ['已读', '已读'],
    ['已答复', '已答复'],
  ])('opening %s leaves %s', (from, to) => expect(onOpen(from)).toBe(to));

  it.each<[LetterStatus, boolean]>([
    ['未读', true],
    ['处理中', true],
    ['已答复', true],
    ['已办结', false],
  ])('a reply to %s: %s', (from, ok) => expect(onReply(from).ok).toBe(ok));

  it.each<[LetterStatus, boolean, boolean]>([
    ['已答复', false, true],
    ['已办结', false, true],
    ['已答复', true, false],
    ['处理中', false, false],
  ])('rating %s (rated before: %s): %s', (status, rated, ok) =>
    expect(canRate(status, rated).ok).toBe(ok),
  );

  it.each<[LetterStatus, boolean, boolean]>([
    ['已答复', false, true],
    ['已办结', false, true],
    ['已答复', true, false],
    ['未读', false, false],
  ])('reopening %s (reopened before: %s): %s', (status, reopened, ok) => {
    const move = onReopen(status, reopened);
    expect(move.ok).toBe(ok);
    if (move.ok) expect(move.status).toBe('处理中');
  });
});

describe('deadlines', () => {
  it.each([
    ['2026-12-06', 7, '2026-12-13'],
    ['2026-12-28', 7, '2027-01-04'],
    ['2028-02-25', 7, '2028-03-03'],
  ])('%s + %s days = %s', (day, days, due) => {
    expect(addDays(day, days)).toBe(due);
    expect(daysBetween(day, due)).toBe(days);
  });

  it.each<[LetterStatus, string, boolean]>([
    ['未读', '2026-12-14', true],
    ['处理中', '2026-12-14', true],
    ['未读', '2026-12-13', false],
    ['已答复', '2026-12-20', false],
    ['已办结', '2026-12-20', false],
  ])('%s on %s overdue: %s', (status, today, overdue) => {
    expect(isOverdue({ status, deadline: '2026-12-13' }, today)).toBe(overdue);
  });
});
