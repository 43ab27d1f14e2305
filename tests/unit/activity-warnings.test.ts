import {
  idleMembers,
  yearWarnings,
  type HeldCounts,
} from '../../cloudfunctions/activity/rules/warnings';
import type { ActivityType } from '../../typings/documents';

const shape = { hasCommittee: true, hasGroups: false };
/** A year in which every monthly, quarterly and yearly activity is held… */
const fullYear = (): HeldCounts[] =>
  Array.from({ length: 12 }, (_, i) => ({
    支委会: 1,
    主题党日: 1,
    ...(i % 3 === 2 ? { 支部党员大会: 1, 党课: 1 } : {}),
    ...(i === 11 ? { 组织生活会: 1, 民主评议党员: 1 } : {}),
  }));
/** …but for these (month 1–12, type) pairs. */
const without = (...gaps: [number, ActivityType][]) => {
  const held = fullYear();
  for (const [month, type] of gaps) delete held[month - 1][type];
  return held;
};
const warned = (held: HeldCounts[], today = { year: 2025, month: 12 }, s = shape) =>
  yearWarnings(2025, today, held, s)
    .map((codes, i) => codes.map((c) => `${i + 1}:${c}`))
    .flat();

describe('the warning calendar over a year (docs/domain.md §2.7, §2.8)', () => {
  it('a year with everything held warns of nothing', () => {
    expect(warned(fullYear())).toEqual([]);
  });

  it.each([
    ['no 支委会 in March', [[3, '支委会']], ['3:NO_COMMITTEE_MEETING']],
    [
      'no 主题党日 in May and June',
      [
        [5, '主题党日'],
        [6, '主题党日'],
      ],
      ['5:NO_THEME_DAY', '6:NO_THEME_DAY'],
    ],
    ['no 党员大会 in Q2', [[6, '支部党员大会']], ['6:NO_GENERAL_MEETING']],
    ['no 党课 in Q3', [[9, '党课']], ['9:NO_PARTY_LECTURE']],
    ['no 组织生活会 by year end', [[12, '组织生活会']], ['12:NO_LIFE_MEETING']],
    ['no 民主评议 by year end', [[12, '民主评议党员']], ['12:NO_APPRAISAL']],
  ] as [string, [number, ActivityType][], string[]][])('%s', (_name, gaps, expected) => {
    expect(warned(without(...gaps))).toEqual(expected);
  });

  it('a quarter’s meeting held in its first month satisfies the whole quarter', () => {
    const held = without([6, '支部党员大会']);
    held[3].支部党员大会 = 1;
    expect(warned(held)).toEqual([]);
  });

  it('judges only the months begun: the current month warns of what is still to do', () => {
    const held = fullYear().map((m, i) => (i >= 4 ? {} : m));
    // May 2025, nothing yet: this month's, and the running quarter's so far.
    expect(warned(held, { year: 2025, month: 5 })).toEqual([
      '5:NO_COMMITTEE_MEETING',
      '5:NO_THEME_DAY',
      '5:NO_GENERAL_MEETING',
      '5:NO_PARTY_LECTURE',
    ]);
  });

  it('warns of the yearly activities from October of the running year', () => {
    const held = fullYear().map((m, i) => (i >= 9 ? { 支委会: 1, 主题党日: 1 } : m));
    expect(warned(held, { year: 2025, month: 9 })).toEqual([]);
    expect(warned(held, { year: 2025, month: 10 })).toEqual([
      '10:NO_GENERAL_MEETING',
      '10:NO_PARTY_LECTURE',
      '10:NO_LIFE_MEETING',
      '10:NO_APPRAISAL',
    ]);
  });

  it('a future year warns of nothing; a branch without 支委会 is not asked for one', () => {
    expect(warned([], { year: 2024, month: 6 })).toEqual([]);
    const held = without([3, '支委会']);
    expect(warned(held, undefined, { hasCommittee: false, hasGroups: false })).toEqual([]);
    expect(warned(held, undefined, { hasCommittee: true, hasGroups: true })).toContain(
      '1:NO_GROUP_MEETING',
    );
  });
});

describe('six months without organisational life (docs/domain.md §2.7)', () => {
  const since = new Date('2025-06-01T00:00:00+08:00');
  it.each([
    ['attended after', '2025-06-01T10:00:00+08:00', []],
    ['attended exactly at the boundary', '2025-06-01T00:00:00+08:00', []],
    ['attended before', '2025-05-31T23:59:00+08:00', ['m1']],
  ])('%s', (_name, at, expected) => {
    expect(idleMembers(['m1'], new Map([['m1', new Date(at)]]), since)).toEqual(expected);
  });
  it('a member never present is idle', () => {
    expect(idleMembers(['m1', 'm2'], new Map([['m1', since]]), since)).toEqual(['m2']);
  });
});
