import {
  isBehind,
  onlineHours,
  paceFor,
  requiredHours,
  totalHours,
  wholeHours,
} from '../../cloudfunctions/school/rules/hours';

// docs/domain.md §7.1 (32 学时 a year, 56 for branch leaders), §7.2 (45 minutes = 1 学时 by
// default, counted in tenths rounded down), §7.3 (pace: requirement × share of the year gone).
describe('学时 from verified study (docs/domain.md §7.2)', () => {
  it.each([
    // seconds, minutes per 学时, 学时, whole 学时
    [0, 45, 0, 0],
    [2699, 45, 0.9, 0],
    [2700, 45, 1, 1],
    [2969, 45, 1, 1],
    [2970, 45, 1.1, 1],
    [5400, 45, 2, 2],
    [3599, 60, 0.9, 0],
    [3600, 60, 1, 1],
    [8100, 45, 3, 3],
  ])('%i s at %i minutes a 学时: %d 学时, %i whole', (seconds, minutes, hours, whole) => {
    expect(onlineHours(seconds, minutes)).toBe(hours);
    expect(wholeHours(seconds, minutes)).toBe(whole);
  });

  it('defaults to 45 minutes a 学时', () => {
    expect(onlineHours(2700)).toBe(1);
    expect(wholeHours(2699)).toBe(0);
  });

  it.each([
    // online seconds, offline 学时, total
    [2700, 4, 5],
    [0, 0.3, 0.3],
    [1350, 0.2, 0.7],
    [270, 0.1, 0.2],
  ])('%i s online and %d offline make %d', (seconds, offline, total) => {
    expect(totalHours(seconds, offline)).toBe(total);
  });
});

describe('an enterprise that counts 50 minutes a 学时 (docs/domain.md §7.2)', () => {
  it.each([
    // seconds, offline 学时, 学时 online, total, whole online 学时
    [2700, 0, 0.9, 0.9, 0],
    [3000, 0, 1, 1, 1],
    [5999, 2.5, 1.9, 4.4, 1],
    [6000, 2.5, 2, 4.5, 2],
  ])('%i s and %d offline: %d online, %d in all', (seconds, offline, online, total, whole) => {
    expect(onlineHours(seconds, 50)).toBe(online);
    expect(totalHours(seconds, offline, 50)).toBe(total);
    expect(wholeHours(seconds, 50)).toBe(whole);
  });

  it('holds members and leaders to what the enterprise requires', () => {
    const settings = { memberHours: 40, leaderHours: 60 };
    expect(requiredHours([], settings)).toBe(40);
    expect(requiredHours([{ code: 'secretary' }], settings)).toBe(60);
    expect(requiredHours([{ code: 'committee' }], settings)).toBe(60);
  });
});

describe('the requirement (docs/domain.md §7.1)', () => {
  it.each([
    ['a member', [], 32],
    ['a 书记', [{ code: 'secretary' }], 56],
    ['a 副书记', [{ code: 'deputy_secretary' }], 56],
    ['a committee member', [{ code: 'committee' }], 56],
    ['an organisation admin who holds no branch seat', [{ code: 'org_admin' }], 32],
  ] as const)('%s owes %i 学时', (_who, roles, hours) => {
    expect(requiredHours(roles)).toBe(hours);
  });
});

describe('pace for a date (docs/domain.md §7.3)', () => {
  it.each([
    // requirement, date, pace, hours so far, behind
    [32, '2026-01-01', 0, 0, false],
    [32, '2026-07-02', 16, 15.9, true],
    [32, '2026-07-02', 16, 16, false],
    [32, '2026-12-31', 32, 31.9, true],
    [56, '2026-12-31', 56, 56, false],
    [56, '2026-04-01', 13.9, 13.8, true],
    [32, '2024-12-31', 32, 32, false],
    [32, '2024-07-01', 16, 15.9, true],
  ])('%i a year, on %s: pace %d; %d so far behind: %s', (required, date, pace, hours, behind) => {
    expect(paceFor(required, date)).toBe(pace);
    expect(isBehind(hours, paceFor(required, date))).toBe(behind);
  });
});
