import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { periodOf } from '../../cloudfunctions/_shared/points/period';
import type { BranchRankItem, Ranking } from '../../typings';
import type { PointBranchYearDoc } from '../../typings/documents';
import { addUpSubtrees, organisationDoc } from '../../seed/factories';
import { sdkFor } from '../support/sdk';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

/**
 * Branch rankings of large organisations come from pages the points timer stores. A 党总支 of
 * 150 branches is added under the demo 党委, so both the 党委 (158 branches) and the 总支 get
 * stored rankings, while the demo 总支 of four branches stay ranked on request.
 */

let t: TestCloud;
const BIG = 150;
/** The local cloud's clock starts here; each rebuild runs five minutes later, as the timer does. */
const NOW = '2026-06-17T10:00:00+08:00';
const p = periodOf(new Date(NOW));
const big = (i: number) => `org-big-${String(i).padStart(3, '0')}`;

/**
 * Branches of 0–29 members; every seventh has no points this year, many share an average. The
 * demo 党委 above them counts their members in its subtree, as the member function would.
 */
async function seedLargeZongzhi() {
  const zz = '/org-root/org-zz-big/';
  const orgs = [
    organisationDoc({
      _id: 'org-zz-big',
      type: '党总支',
      name: '基建工程党总支',
      under: '/org-root/',
    }),
  ];
  const years: PointBranchYearDoc[] = [];
  for (let i = 1; i <= BIG; i++) {
    const path = `${zz}${big(i)}/`;
    const members = i % 30;
    orgs.push(
      organisationDoc({
        _id: big(i),
        type: '党支部',
        name: `第${i}项目部党支部`,
        under: zz,
        memberCount: members,
        fullMemberCount: members,
      }),
    );
    if (i % 7 === 0) continue;
    years.push({
      _id: `${big(i)}:${p.year}`,
      orgId: big(i),
      orgPath: path,
      year: p.year,
      total: members * (i % 5) * 4,
      months: { [p.monthKey]: members * (i % 3) },
      updatedAt: new Date(NOW),
    });
  }
  addUpSubtrees(orgs);
  t.cloud.db.insertMany('organisations', orgs);
  t.cloud.db.insertMany('point_branch_years', years);
  const db = sdkFor(t.url).database();
  const [{ subtreeMemberCount, subtreeFullMemberCount }] = orgs;
  await db
    .collection('organisations')
    .doc('org-root')
    .update({
      data: {
        subtreeMemberCount: db.command.inc(subtreeMemberCount),
        subtreeFullMemberCount: db.command.inc(subtreeFullMemberCount),
      },
    });
}

type BranchRanking = Extract<Ranking, { scope: 'branch' }>;

async function rankingPage(
  openid: string,
  data: { period: 'month' | 'year'; orgId?: string; cursor?: string },
) {
  const res = await t.post(
    'points',
    { action: 'ranking', data: { scope: 'branch', ...data } },
    openid,
  );
  return { dbOps: res.dbOps, page: ok(res.body as { ok: true; data: BranchRanking }) };
}

/** Every page of a branch ranking, in order. */
async function wholeRanking(openid: string, period: 'month' | 'year', orgId?: string) {
  const pages: BranchRanking[] = [];
  let cursor: string | undefined;
  do {
    const { page } = await rankingPage(openid, { period, orgId, cursor });
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

/** The rebuild timer's next run: five minutes on, at the local cloud's clock. */
async function rebuild() {
  t.cloud.clock.advance(5 * 60_000);
  return JSON.parse((await t.cloud.functions.runTimer('points')).json) as {
    organisations: number;
    pages: number;
    removed: number;
  };
}

const storedPages = () => t.cloud.db.countDocs('point_rank_pages');

/** Organisations these callers cannot see: refused whether a stored ranking exists or not. */
const OUT_OF_SCOPE = [
  ['the branch secretary, the 党委', ID.secretary, 'org-root'],
  ['an ordinary member, the 党委', ID.member, 'org-root'],
  ['the admin of another 总支, the 党委', ID.prodAdmin, 'org-root'],
  ['the admin of another 总支, the large 总支', ID.prodAdmin, 'org-zz-big'],
  ['an ordinary member, the large 总支', ID.member, 'org-zz-big'],
] as const;

async function refused(openid: string, orgId: string) {
  for (const period of ['month', 'year'] as const)
    expect(
      code(await t.call(openid, 'points', 'ranking', { scope: 'branch', period, orgId })),
    ).toBe('FORBIDDEN');
}

beforeAll(async () => {
  t = await startTestCloud({ at: NOW });
  await seedLargeZongzhi();
});
afterAll(() => t.close());

describe('a large organisation’s branch ranking, stored by the timer', () => {
  const live: Record<string, BranchRanking[]> = {};

  it('is ranked on request, 50 rows a page, until the timer has run', async () => {
    for (const period of ['month', 'year'] as const) {
      live[period] = await wholeRanking(ID.admin, period);
      expect(live[period].map((page) => page.items.length)).toEqual([50, 50, 50, 8]);
      expect(live[period].every((page) => page.asOf === null)).toBe(true);
    }
    const rows = live.year.flatMap((page) => page.items);
    expect(new Set(rows.map((r) => r.orgId)).size).toBe(158);
    expect(rows.map((r) => r.average)).toEqual(rows.map((r) => r.average).sort((a, b) => b - a));
  });

  it.each(OUT_OF_SCOPE)('refuses %s before it is stored', async (_who, openid, orgId) =>
    refused(openid, orgId),
  );

  it('is stored by the timer for the 党委 and the large 总支, in both periods', async () => {
    expect(await rebuild()).toEqual({ organisations: 2, pages: 2 * (4 + 3), removed: 0 });
    const builtAt = t.cloud.clock.nowMs();
    expect(storedPages()).toBe(14);
    const { page } = await rankingPage(ID.admin, { period: 'year' });
    // Built at the clock's time; the function reads it a few milliseconds into its run.
    expect(Date.parse(page.asOf ?? '') - builtAt).toBeGreaterThanOrEqual(0);
    expect(Date.parse(page.asOf ?? '') - builtAt).toBeLessThan(1000);
  });

  it('then answers pages equal to the live ranking, reading one page and the organisation', async () => {
    for (const period of ['month', 'year'] as const) {
      const stored = await wholeRanking(ID.admin, period);
      expect(stored.map((page) => page.items)).toEqual(live[period].map((page) => page.items));
      expect(stored.every((page) => page.asOf !== null)).toBe(true);
      expect(stored.at(-1)?.nextCursor).toBeNull();
    }
    const first = await rankingPage(ID.admin, { period: 'month' });
    expect(first.dbOps).toBeLessThanOrEqual(3);
    const second = await rankingPage(ID.admin, {
      period: 'month',
      cursor: first.page.nextCursor ?? undefined,
    });
    expect(second.dbOps).toBeLessThanOrEqual(3);
    expect(second.page.items[0].rank).toBeGreaterThanOrEqual(first.page.items[49].rank);
  });

  it.each(OUT_OF_SCOPE)('still refuses %s once it is stored', async (_who, openid, orgId) =>
    refused(openid, orgId),
  );

  it('keeps a small 总支 ranked on request', async () => {
    const { page } = await rankingPage(ID.prodAdmin, { period: 'year' });
    expect(page.asOf).toBeNull();
    expect(page.items.map((r: BranchRankItem) => r.orgId).sort()).toEqual([
      'org-b-mech',
      'org-b-mine1',
      'org-b-mine2',
      'org-b-safety',
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('drops the pages a shorter ranking no longer has', async () => {
    const db = sdkFor(t.url).database();
    const _ = db.command;
    await db
      .collection('organisations')
      .where({ _id: _.in(Array.from({ length: 100 }, (_v, i) => big(i + 1))) })
      .remove();
    // The 总支 now has 50 branches, no longer large; the 党委 has 58, two pages fewer than before.
    expect(await rebuild()).toEqual({ organisations: 1, pages: 2 * 2, removed: 14 - 4 });
    expect(storedPages()).toBe(4);
    const zz = await wholeRanking(ID.admin, 'year', 'org-zz-big');
    expect(zz.map((page) => [page.items.length, page.asOf])).toEqual([[50, null]]);
    const root = await wholeRanking(ID.admin, 'year');
    expect(root.map((page) => page.items.length)).toEqual([50, 8]);
    expect(root.every((page) => page.asOf !== null)).toBe(true);
  });
});

describe('requests the ranking refuses', () => {
  it('refuses a forged cursor and a cursor on a member ranking', async () => {
    expect(
      code(
        await t.call(ID.admin, 'points', 'ranking', {
          scope: 'branch',
          period: 'year',
          cursor: 'MQ',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    const res = await t.post(
      'points',
      { action: 'ranking', data: { scope: 'members', period: 'year', cursor: 'Mg' } },
      ID.secretary,
    );
    expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('does not let a client start a rebuild with a timer-shaped event', async () => {
    const before = storedPages();
    const res = await t.post(
      'points',
      { Type: 'Timer', TriggerName: 'rebuildRankPages' },
      ID.admin,
    );
    expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(storedPages()).toBe(before);
  });
});
