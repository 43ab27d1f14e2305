import { beyondRetention, expiredDayKeys } from '../../cloudfunctions/_shared/points/period';

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

  // What the document must still hold after an award: the day itself (the daily caps), its ISO
  // week from Monday (the weekly caps, docs/domain.md §6.3 and §10.2) and its month from the
  // 1st (我的积分), counted in China's calendar (docs/domain.md §10.1).
  it.each([
    // award day, first day that must be kept
    ['20260331', '0301'], // a Tuesday: the month reaches further back than the week
    ['20260301', '0223'], // a Sunday: the week reaches back into February
    ['20260131', '0101'], // a Saturday at the end of a 31-day month
    ['20261231', '1201'],
    ['20260104', '0101'], // the week began in the previous year, which has its own document
  ])('an award on %s keeps every day from %s on', (day, firstKept) => {
    const dropped = expiredDayKeys(day);
    const kept = dayKeysBetween(`${day.slice(0, 4)}${firstKept}`, day);
    expect(kept.filter((key) => dropped.includes(key))).toEqual([]);
  });

  it.each([
    ['20261011', '2026-11-21T12:00:00+08:00', true],
    ['20261012', '2026-11-21T12:00:00+08:00', false],
    ['20261121', '2026-11-21T00:30:00+08:00', false],
    // The day turns at midnight in China (docs/domain.md §10.1), not at midnight UTC.
    ['20261011', '2026-11-20T15:59:59Z', false],
    ['20261011', '2026-11-20T16:00:00Z', true],
  ])('a ledger day %s seen at %s is beyond retention: %s', (day, now, beyond) => {
    expect(beyondRetention(day, new Date(now))).toBe(beyond);
  });
});

/** `dMMDD` keys of every day from `first` to `last` (`YYYYMMDD`, same year), both included. */
function dayKeysBetween(first: string, last: string): string[] {
  const date = (day: string) =>
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)));
  const keys: string[] = [];
  for (let at = date(first); at <= date(last); at += 86_400_000) {
    const d = new Date(at);
    keys.push(
      `d${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`,
    );
  }
  return keys;
}
