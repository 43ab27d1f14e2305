import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalCloud } from '../../emulator/local-cloud';
import { startAppCloud } from '../../scripts/local-cloud';
import { seedAll } from '../../seed';
import type {
  PointBranchYearDoc,
  PointEntryDoc,
  PointMemberYearDoc,
} from '../../typings/documents';
import { seededRandom } from '../../cloudfunctions/_shared/seeded-random';
import { functionsWithAwardProbe } from '../support/points-probe';

/**
 * The award routine through the real SDK: a probe function, built only for this test, bundles
 * cloudfunctions/_shared/points/award.ts exactly as the news or school function would, and
 * runs next to the real built functions in the local cloud.
 */

let cloud: LocalCloud;
let dir: string;
let dataDir: string;

beforeAll(async () => {
  dir = await functionsWithAwardProbe('points-fns-');
  dataDir = join(dir, 'data');
  cloud = await startAppCloud({
    port: 0,
    dataDir,
    functionsDir: join(dir, 'functions'),
    h5Dir: null,
    timers: false,
    quiet: true,
    seed: (db, secrets) => seedAll(db, secrets),
  });
});
afterAll(async () => {
  await cloud.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Award {
  memberId: string;
  rule: string;
  sourceId: string;
  at?: string;
  amount?: number;
  seconds?: number;
}

const branchOf = (memberId: string) => ({
  orgId: `org-${memberId}`,
  orgPath: `/org-root/org-${memberId}/`,
});

async function award(a: Award) {
  const res = await fetch(`${cloud.url}/fn/points-probe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...branchOf(a.memberId), ...a }),
  });
  return {
    dbOps: Number(res.headers.get('x-db-ops')),
    result: (await res.json()) as { awarded: number; capped: boolean; duplicate: boolean },
  };
}

const yearDoc = (memberId: string, year: number) =>
  cloud.db.find('point_member_years', { _id: `${memberId}:${year}` })[0] as unknown as
    PointMemberYearDoc | undefined;
const ledgerSum = (memberId: string) =>
  (cloud.db.find('point_ledger', { memberId }) as unknown as PointEntryDoc[]).reduce(
    (s, e) => s + e.points,
    0,
  );

describe('awardPoints', () => {
  it('gives exactly the daily cap of 6 to 100 concurrent reads of different articles', async () => {
    const at = '2026-03-10T02:00:00Z';
    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        award({ memberId: 'cc1', rule: 'read_article', sourceId: `a${i}`, at, seconds: 45 }),
      ),
    );
    expect(replies.reduce((s, r) => s + r.result.awarded, 0)).toBe(6);
    expect(replies.filter((r) => r.result.capped)).toHaveLength(94);
    const doc = yearDoc('cc1', 2026);
    expect(doc?.days.d0310.r.read_article).toBe(6);
    expect(doc?.total).toBe(6);
    expect(ledgerSum('cc1')).toBe(6);
  });

  it('counts one source event replayed 10 times once, concurrently or in turn', async () => {
    const at = '2026-03-11T02:00:00Z';
    const once = { memberId: 'rp1', rule: 'pass_exam', sourceId: 'exam-7', at };
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => award(once)));
    const later = await award(once);
    expect([...concurrent, later].reduce((s, r) => s + r.result.awarded, 0)).toBe(5);
    expect(later.result).toEqual({ awarded: 0, capped: false, duplicate: true });
    expect(yearDoc('rp1', 2026)?.total).toBe(5);
    expect(cloud.db.find('point_ledger', { memberId: 'rp1' })).toHaveLength(1);
  });

  it('starts a fresh cap on the next China calendar day', async () => {
    const day1 = '2026-03-12T15:59:00Z'; // 23:59 in China
    const day2 = '2026-03-12T16:01:00Z'; // 00:01 the next day
    for (let i = 0; i < 4; i++)
      await award({ memberId: 'nd1', rule: 'share_opened', sourceId: `s${i}`, at: day1 });
    const next = await award({ memberId: 'nd1', rule: 'share_opened', sourceId: 's9', at: day2 });
    const doc = yearDoc('nd1', 2026);
    expect(doc?.days.d0312.r.share_opened).toBe(3);
    expect(next.result.awarded).toBe(1);
    expect(doc?.days.d0313.r.share_opened).toBe(1);
  });

  it('gives per-unit rules their units up to what the cap leaves', async () => {
    const at = '2026-03-14T02:00:00Z';
    expect(
      (await award({ memberId: 'qz1', rule: 'daily_quiz', sourceId: 'q1', at, amount: 3 })).result
        .awarded,
    ).toBe(3);
    const second = await award({
      memberId: 'qz1',
      rule: 'daily_quiz',
      sourceId: 'q2',
      at,
      amount: 4,
    });
    expect(second.result).toEqual({ awarded: 2, capped: true, duplicate: false });
    expect(ledgerSum('qz1')).toBe(5);
  });

  it('gives nothing for reading under 30 seconds and writes nothing', async () => {
    const reply = await award({
      memberId: 'rs1',
      rule: 'read_article',
      sourceId: 'a1',
      seconds: 12,
    });
    expect(reply.result).toEqual({ awarded: 0, capped: false, duplicate: false });
    expect(cloud.db.find('point_ledger', { memberId: 'rs1' })).toHaveLength(0);
  });

  it('keeps 40 days in the year document and still counts a replay of an older event once', async () => {
    const old = {
      memberId: 'rt1',
      rule: 'pass_exam',
      sourceId: 'exam-june',
      at: '2026-06-30T02:00:00Z',
    };
    await award(old);
    await award({
      memberId: 'rt1',
      rule: 'pass_exam',
      sourceId: 'exam-aug1',
      at: '2026-08-01T02:00:00Z',
    });
    expect(Object.keys(yearDoc('rt1', 2026)?.days ?? {}).sort()).toEqual(['d0630', 'd0801']);

    await award({
      memberId: 'rt1',
      rule: 'pass_exam',
      sourceId: 'exam-aug19',
      at: '2026-08-19T02:00:00Z',
    });

    // 30 June is 50 days before 19 August: dropped; 1 August is 18 days before: kept.
    expect(Object.keys(yearDoc('rt1', 2026)?.days ?? {}).sort()).toEqual(['d0801', 'd0819']);
    expect((await award(old)).result).toEqual({ awarded: 0, capped: false, duplicate: true });
    expect(yearDoc('rt1', 2026)?.total).toBe(15);
    expect(ledgerSum('rt1')).toBe(15);
  });

  it('costs at most 4 database operations per award once the year documents exist', async () => {
    const at = '2026-03-15T02:00:00Z';
    await award({ memberId: 'op1', rule: 'attend_meeting', sourceId: 'mt0', at });
    const reply = await award({ memberId: 'op1', rule: 'attend_meeting', sourceId: 'mt1', at });
    expect(reply.result.awarded).toBe(3);
    expect(reply.dbOps).toBeLessThanOrEqual(4);
  });

  it('keeps every total equal to the sum of the ledger over 10,000 random events', async () => {
    const random = seededRandom(7);
    const rules = [
      'read_article',
      'complete_lesson',
      'daily_quiz',
      'share_opened',
      'pass_exam',
      'share_note',
    ];
    const members = Array.from({ length: 20 }, (_, i) => `rnd${i}`);
    const events: Award[] = Array.from({ length: 10_000 }, () => {
      const day = 1 + Math.floor(random() * 5);
      return {
        memberId: members[Math.floor(random() * members.length)],
        rule: rules[Math.floor(random() * rules.length)],
        // A small pool of sources makes replays common.
        sourceId: `src${Math.floor(random() * 300)}`,
        at: `2026-04-0${day}T0${Math.floor(random() * 9)}:00:00Z`,
        amount: 1 + Math.floor(random() * 3),
        seconds: 20 + Math.floor(random() * 40),
      };
    });
    for (let i = 0; i < events.length; i += 50)
      await Promise.all(events.slice(i, i + 50).map(award));

    const entries = cloud.db.find('point_ledger', {
      memberId: { $in: members },
    }) as unknown as PointEntryDoc[];
    const years = cloud.db.find('point_member_years', {
      memberId: { $in: members },
    }) as unknown as PointMemberYearDoc[];
    expect(entries.length).toBeGreaterThan(1000);
    for (const m of members) {
      const mine = entries.filter((e) => e.memberId === m);
      const doc = years.find((y) => y.memberId === m);
      expect(doc?.total ?? 0).toBe(mine.reduce((s, e) => s + e.points, 0));
      for (const [key, day] of Object.entries(doc?.days ?? {})) {
        const ofDay = mine.filter((e) => `d${e.day.slice(4)}` === key);
        expect(day.t).toBe(ofDay.reduce((s, e) => s + e.points, 0));
        for (const rule of rules) {
          const got = ofDay.filter((e) => e.rule === rule).reduce((s, e) => s + e.points, 0);
          expect(day.r[rule] ?? 0).toBe(got);
        }
        expect(day.r.read_article ?? 0).toBeLessThanOrEqual(6);
        expect(day.r.daily_quiz ?? 0).toBeLessThanOrEqual(5);
      }
      const branch = cloud.db.find('point_branch_years', { _id: `org-${m}:2026` })[0] as unknown as
        PointBranchYearDoc | undefined;
      expect(branch?.total ?? 0).toBe(doc?.total ?? 0);
    }
  }, 300_000);
});
