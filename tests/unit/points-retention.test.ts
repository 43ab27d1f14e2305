import {
  beyondRetention,
  expiredDayKeys,
  RETAINED_DAYS,
} from '../../cloudfunctions/_shared/points/period';

/**
 * A member's year document keeps the days caps and 我的积分 need (today, this ISO week, this
 * month), not a year of them (docs/domain.md §6.3: caps are daily and weekly).
 */
describe('the days a year document keeps', () => {
  it.each([
    // award day, days dropped, first and last key dropped
    ['20261121', 31, 'd1012', 'd0912'],
    ['20260225', 16, 'd0116', 'd0101'], // the dropped span reaches back into the previous year
    ['20260120', 0, undefined, undefined], // nothing of this year is that old yet
  ])('an award on %s drops %i days, %s back to %s', (day, count, first, last) => {
    const keys = expiredDayKeys(day);
    expect(keys).toHaveLength(count);
    expect(keys[0]).toBe(first);
    expect(keys.at(-1)).toBe(last);
  });

  it('never drops this month, this week or the day itself', () => {
    const keys = expiredDayKeys('20260331');
    for (const kept of ['d0331', 'd0325', 'd0301', 'd0220']) expect(keys).not.toContain(kept);
    expect(RETAINED_DAYS).toBeGreaterThan(31 + 7);
  });

  it.each([
    ['20261011', '2026-11-21T12:00:00+08:00', true],
    ['20261012', '2026-11-21T12:00:00+08:00', false],
    ['20261121', '2026-11-21T00:30:00+08:00', false],
  ])('a ledger day %s seen at %s is beyond retention: %s', (day, now, beyond) => {
    expect(beyondRetention(day, new Date(now))).toBe(beyond);
  });
});
