import {
  bandCounts,
  bandOf,
  behindCount,
  lineBehind,
} from '../../cloudfunctions/school/rules/standing';
import { DEFAULT_HOURS_SETTINGS } from '../../cloudfunctions/school/rules/hours';

// docs/domain.md §7.3 (behind: below the requirement × the share of the year gone, 56 for
// branch leaders) and §7.12 (the bands 民主评议 reads: 0–8, 8–16, 16–24, 24–32, 32 and over).
const settings = DEFAULT_HOURS_SETTINGS;
const member = (onlineSeconds: number, offline: number, leader = false) => ({
  onlineSeconds,
  offline,
  roles: leader ? [{ code: 'secretary' as const }] : [],
});

describe('学时 bands (docs/domain.md §7.12)', () => {
  it.each([
    [0, 0],
    [7.9, 0],
    [8, 1],
    [15.9, 1],
    [16, 2],
    [24, 3],
    [31.9, 3],
    [32, 4],
    [80, 4],
  ])('%d 学时 fall in band %i', (hours, band) => {
    expect(bandOf(hours)).toBe(band);
  });

  it('counts online (by the conversion) and offline together', () => {
    // 2,700 s is one 学时 at 45 minutes: 1 + 7 = 8 reaches the second band.
    expect(bandCounts([member(2700, 7), member(2699, 7), member(0, 32)], settings)).toEqual([
      1, 1, 0, 0, 1,
    ]);
    expect(bandCounts([member(2700, 7)], { ...settings, minutesPerHour: 60 })).toEqual([
      1, 0, 0, 0, 0,
    ]);
  });
});

describe('behind pace for a date (docs/domain.md §7.3)', () => {
  it.each([
    // online seconds, offline, leader, date, behind
    [0, 0, false, '2026-01-01', false], // 32 × 1/365 = 0.09: 0.0 in tenths, nothing owed yet
    [0, 16, false, '2026-07-02', false], // 32 × 183/365 = 16.04: 16.0
    [2700 * 16, 0, false, '2026-07-02', false],
    [0, 15.9, false, '2026-07-02', true],
    [0, 16, true, '2026-07-02', true], // 56 × 183/365 = 28.0
    [0, 28, true, '2026-07-02', false],
    [0, 31.9, false, '2026-12-31', true],
    [0, 32, false, '2026-12-31', false],
  ])(
    '%i s online and %d offline, leader %s, on %s: behind %s',
    (s, offline, leader, date, behind) => {
      expect(lineBehind(member(s, offline, leader), settings, date)).toBe(behind);
    },
  );

  it('counts the members behind, each by their own requirement', () => {
    const lines = [member(0, 16), member(0, 16, true), member(0, 15.9), member(0, 30, true)];
    expect(behindCount(lines, settings, '2026-07-02')).toBe(2);
  });
});
