import type { PointEntryDoc, PointMemberYearDoc, PointRuleDoc } from '../../typings/documents';
import { periodOf, periodOfDay } from '../../cloudfunctions/_shared/points/period';
import { allowed, pointsFor, roomLeft } from '../../cloudfunctions/_shared/points/rules/caps';
import { DEFAULT_RULES } from '../../cloudfunctions/_shared/points/rules/defaults';
import { reversalOf, reversalRefusal } from '../../cloudfunctions/_shared/points/rules/reversal';
import { nextVersion, versionAt } from '../../cloudfunctions/_shared/points/rules/versions';

// Rules of the points ledger (docs/domain.md §6.3, §6.4): per-event and per-unit
// points, daily and weekly caps, reading time, effective versions, reversals.
const rule = (code: string) => DEFAULT_RULES.find((r) => r.code === code) as PointRuleDoc;
const tally = (days: PointMemberYearDoc['days'], weeks: PointMemberYearDoc['weeks'] = {}) => ({
  days,
  weeks,
});
const day = (r: Record<string, number>) => ({ t: 0, r, k: [] });

describe('pointsFor: what one event asks for before caps', () => {
  it.each([
    ['reading an article for 30 s', 'read_article', 1, 30, 1],
    ['reading an article for 29 s (below the 30 s minimum)', 'read_article', 1, 29, 0],
    ['reading without reported time', 'read_article', 1, undefined, 0],
    ['completing a lesson', 'complete_lesson', 1, undefined, 2],
    ['3 学时 of verified study', 'study_hour', 3, undefined, 3],
    ['4 correct quiz answers', 'daily_quiz', 4, undefined, 4],
    ['passing an exam', 'pass_exam', 1, undefined, 5],
    ['attending a 三会一课 meeting', 'attend_meeting', 1, undefined, 3],
    ['a manual award of 8', 'manual_award', 8, undefined, 8],
    ['a manual award above the rule’s 20', 'manual_award', 35, undefined, 20],
    ['a deduction of 5', 'manual_deduct', -5, undefined, -5],
  ])('%s → %i', (_what, code, units, seconds, expected) => {
    expect(pointsFor(rule(code), units, seconds)).toBe(expected);
  });
});

describe('roomLeft: daily cap reached, then the next day', () => {
  const read = rule('read_article');
  const march10 = periodOf(new Date('2026-03-10T04:00:00Z'));
  const march11 = periodOf(new Date('2026-03-11T04:00:00Z'));
  it.each([
    ['no points yet this year', null, march10, 6],
    ['4 read today', tally({ d0310: day({ read_article: 4 }) }), march10, 2],
    ['the cap of 6 reached today', tally({ d0310: day({ read_article: 6 }) }), march10, 0],
    [
      'the cap reached yesterday, today is new',
      tally({ d0310: day({ read_article: 6 }) }),
      march11,
      6,
    ],
    ['other rules do not count', tally({ d0310: day({ share_opened: 3 }) }), march10, 6],
  ])('%s → %s', (_what, doc, period, expected) => {
    expect(roomLeft(read, doc, period)).toBe(expected);
  });

  it('takes the smaller of a daily and a weekly cap', () => {
    const weekly = { ...read, weeklyCap: 10 };
    const doc = tally(
      { d0310: day({ read_article: 1 }) },
      { [march10.weekKey]: { read_article: 8 } },
    );
    expect(roomLeft(weekly, doc, march10)).toBe(2);
  });

  it('never caps a rule without caps', () => {
    expect(roomLeft(rule('pass_exam'), tally({ d0310: day({ pass_exam: 500 }) }), march10)).toBe(
      Infinity,
    );
  });

  it.each([
    [3, 6, 3],
    [3, 2, 2],
    [3, 0, 0],
    [-5, 0, -5],
  ])('allowed(%i wanted, %i room) → %i', (wanted, room, expected) => {
    expect(allowed(wanted, room)).toBe(expected);
  });
});

describe('periods: China calendar days (UTC+8)', () => {
  it.each([
    ['2026-03-12T15:59:59Z', '20260312', 'd0312', 'm03'],
    ['2026-03-12T16:00:00Z', '20260313', 'd0313', 'm03'],
    ['2025-12-31T16:30:00Z', '20260101', 'd0101', 'm01'],
  ])('%s falls on %s', (iso, dayStr, dayKey, monthKey) => {
    expect(periodOf(new Date(iso))).toMatchObject({ day: dayStr, dayKey, monthKey });
  });

  it('finds a ledger day’s period again', () => {
    expect(periodOfDay('20260101')).toMatchObject({ year: 2026, dayKey: 'd0101', monthKey: 'm01' });
  });
});

describe('versionAt: the rule version in force (effective date ranges)', () => {
  const v = (version: number, from: string, to: string | null, points: number): PointRuleDoc => ({
    ...rule('read_article'),
    _id: `read_article@${version}`,
    version,
    points,
    from: new Date(from),
    to: to ? new Date(to) : null,
  });
  const stored = [
    v(1, '2026-03-01T00:00:00+08:00', '2026-06-01T00:00:00+08:00', 2),
    v(2, '2026-06-01T00:00:00+08:00', null, 3),
  ];
  it.each([
    ['before any stored version: the default', '2026-02-28T12:00:00+08:00', 0, 1],
    ['the first instant of version 1', '2026-03-01T00:00:00+08:00', 1, 2],
    ['inside version 1', '2026-05-31T23:59:59+08:00', 1, 2],
    ['from version 2 on', '2026-06-01T00:00:00+08:00', 2, 3],
  ])('%s', (_what, at, version, points) => {
    expect(versionAt(DEFAULT_RULES, stored, 'read_article', new Date(at))).toMatchObject({
      version,
      points,
    });
  });

  it('uses the default when nothing is stored', () => {
    expect(versionAt(DEFAULT_RULES, [], 'read_article', new Date())).toMatchObject({
      version: 0,
      points: 1,
    });
  });

  it('knows no unknown code', () => {
    expect(versionAt(DEFAULT_RULES, stored, 'open_app', new Date())).toBeNull();
  });

  it('gives nothing after a retired version’s range when no successor exists', () => {
    const retired = [v(1, '2026-03-01T00:00:00+08:00', '2026-04-01T00:00:00+08:00', 2)];
    expect(
      versionAt(DEFAULT_RULES, retired, 'read_article', new Date('2026-04-02T00:00:00+08:00')),
    ).toBeNull();
  });

  it('numbers the next version and closes the latest', () => {
    expect(nextVersion(stored, 'read_article', new Date('2026-07-01T00:00:00+08:00'))).toEqual({
      version: 3,
      closes: stored[1],
    });
    expect(nextVersion([], 'read_article', new Date())).toEqual({ version: 1, closes: null });
  });

  it('refuses a version that would start before the latest one (history is never re-rated)', () => {
    expect(
      nextVersion(stored, 'read_article', new Date('2026-05-01T00:00:00+08:00')),
    ).toHaveProperty('refused');
  });
});

describe('reversals', () => {
  const entry: PointEntryDoc = {
    _id: 'read_article:m-0001:art-1',
    memberId: 'm-0001',
    orgId: 'org-b-office',
    orgPath: '/org-root/org-zz-hq/org-b-office/',
    rule: 'read_article',
    ruleVersion: 0,
    points: 1,
    capped: false,
    sourceId: 'art-1',
    at: new Date('2026-01-20T02:00:00Z'),
    day: '20260120',
    grantedBy: null,
    reason: null,
    reverses: null,
  };

  it('cancels the points on the original’s day, with a fixed id so it happens once', () => {
    const now = new Date('2026-02-03T02:00:00Z');
    expect(reversalOf(entry, { memberId: 'm-admin' }, '重复计分', now)).toMatchObject({
      _id: 'reversal:read_article:m-0001:art-1',
      rule: 'reversal',
      points: -1,
      day: '20260120',
      at: now,
      grantedBy: 'm-admin',
      reason: '重复计分',
      reverses: entry._id,
    });
  });

  it.each([
    ['an ordinary entry', entry, null],
    ['a reversal', { ...entry, rule: 'reversal' }, '更正记录不能再次更正'],
    ['an entry the cap reduced to 0', { ...entry, points: 0 }, '该记录未计分，无需更正'],
  ])('%s → %s', (_what, e, refusal) => {
    expect(reversalRefusal(e)).toBe(refusal);
  });
});
