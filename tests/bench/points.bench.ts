/**
 * Learning points at enterprise scale: `tsx tests/bench/points.bench.ts`.
 * Seeds 100k members in 1,000 branches and 2M ledger entries (with the year documents they
 * add up to) through the direct API, then times through the gateway: award throughput and
 * database operations per award (a probe function bundling the award routine, as the news
 * function does), and 我的积分 / rankings / history latency.
 * Targets: ≥500 awards/s, ≤4 operations per award, reads <10 ms.
 * POINTS_BENCH_ENTRIES lowers the ledger size on a small machine.
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LocalCloud } from '../../emulator/local-cloud';
import { startAppCloud } from '../../scripts/local-cloud';
import {
  addUpSubtrees,
  memberDoc,
  organisationDoc,
  pointEntryDoc,
} from '../../seed/factories';
import { totalsOf } from '../../seed/points';
import { periodOf } from '../../cloudfunctions/_shared/points/period';
import type { MemberDoc, PointEntryDoc } from '../../typings/documents';
import { functionsWithAwardProbe } from '../support/points-probe';
import { gateway, settleAfterSeed } from './support';

const MEMBERS = 100_000;
const PER_BRANCH = 100;
const BRANCHES = MEMBERS / PER_BRANCH;
const ZONGZHI = 10;
const ENTRIES = Number(process.env.POINTS_BENCH_ENTRIES ?? 2_000_000);
const PER_MEMBER = Math.max(1, Math.round(ENTRIES / MEMBERS));
const AWARDS = 3000;
const CONCURRENCY = 16;
const RUNS = 200;
const RULES = [
  'read_article',
  'complete_lesson',
  'daily_quiz',
  'share_opened',
  'attend_meeting',
  'pass_exam',
];

const branchId = (b: number) => `b${String(b).padStart(4, '0')}`;
const zongzhiOf = (b: number) => `z${b % ZONGZHI}`;
const memberId = (i: number) => `m${String(i).padStart(6, '0')}`;
const pathOf = (b: number) => `/root/${zongzhiOf(b)}/${branchId(b)}/`;

function member(i: number): MemberDoc {
  const b = Math.floor(i / PER_BRANCH);
  return memberDoc({
    _id: memberId(i),
    name: `党员${i}`,
    org: { _id: branchId(b), path: pathOf(b) },
    roles:
      i === 0 ? [{ code: 'org_admin', title: '党委管理员', orgId: 'root', orgPath: '/root/' }] : [],
    openid: `bench-${i}`,
  });
}

/** This year's entries of members [from, to): a few a week each, within the caps. */
function entriesOf(from: number, to: number, now: Date): PointEntryDoc[] {
  const out: PointEntryDoc[] = [];
  const start = new Date(`${periodOf(now).year}-01-01T00:00:00+08:00`).getTime();
  const span = Math.max(1, now.getTime() - start - 86_400_000);
  for (let i = from; i < to; i++) {
    for (let k = 0; k < PER_MEMBER; k++) {
      const at = new Date(start + ((i * 7919 + k * 104_729) % span));
      const rule = RULES[(i + k) % RULES.length];
      const b = Math.floor(i / PER_BRANCH);
      const member = { _id: memberId(i), orgId: branchId(b), orgPath: pathOf(b) };
      out.push(pointEntryDoc({ member, rule, sourceId: `seed-${k}`, points: 1, at }));
    }
  }
  return out;
}

async function seed(cloud: LocalCloud): Promise<void> {
  const now = new Date();
  const orgs = [organisationDoc({ _id: 'root', type: '党委', name: '基准测试集团党委' })];
  for (let z = 0; z < ZONGZHI; z++) {
    orgs.push(
      organisationDoc({ _id: `z${z}`, type: '党总支', name: `第${z + 1}党总支`, under: '/root/' }),
    );
  }
  for (let b = 0; b < BRANCHES; b++) {
    orgs.push(
      organisationDoc({
        _id: branchId(b),
        type: '党支部',
        name: `第${b + 1}党支部`,
        under: `/root/${zongzhiOf(b)}/`,
        memberCount: PER_BRANCH,
        fullMemberCount: PER_BRANCH,
      }),
    );
  }
  addUpSubtrees(orgs);
  cloud.db.insertMany('organisations', orgs);
  const start = performance.now();
  const step = 5000; // whole branches per batch, so branch totals are complete per batch
  for (let from = 0; from < MEMBERS; from += step) {
    const to = Math.min(MEMBERS, from + step);
    cloud.db.insertMany(
      'members',
      Array.from({ length: to - from }, (_, k) => member(from + k)),
    );
    const entries = entriesOf(from, to, now);
    const { years, branches } = totalsOf(entries, now);
    for (let i = 0; i < entries.length; i += 50_000)
      cloud.db.insertMany('point_ledger', entries.slice(i, i + 50_000));
    cloud.db.insertMany('point_member_years', years);
    cloud.db.insertMany('point_branch_years', branches);
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `seeded ${MEMBERS} members, ${BRANCHES} branches, ${MEMBERS * PER_MEMBER} ledger entries in ${seconds.toFixed(0)} s`,
  );
}

async function post(cloud: LocalCloud, fn: string, body: unknown, openid?: string) {
  const { reply, dbOps } = await gateway(cloud, fn, body, openid);
  if ((reply as { ok?: boolean }).ok === false)
    throw new Error(JSON.stringify((reply as { error?: unknown }).error));
  return dbOps;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function timed(
  label: string,
  runs: number,
  fn: (i: number) => Promise<number>,
): Promise<void> {
  const times: number[] = [];
  const ops: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    ops.push(await fn(i));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  ops.sort((a, b) => a - b);
  console.log(
    `${label}: median ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms, x-db-ops ${quantile(ops, 0.5)}`,
  );
}

async function awards(cloud: LocalCloud): Promise<void> {
  const at = new Date().toISOString();
  const event = (n: number) => {
    const i = (n * 7919) % MEMBERS;
    const b = Math.floor(i / PER_BRANCH);
    return {
      memberId: memberId(i),
      orgId: branchId(b),
      orgPath: pathOf(b),
      rule: 'pass_exam',
      sourceId: `bench-${n}`,
      at,
    };
  };
  for (let n = 0; n < 50; n++) await post(cloud, 'points-probe', event(AWARDS + n));
  const ops: number[] = [];
  let next = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < AWARDS) ops.push(await post(cloud, 'points-probe', event(next++)));
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  ops.sort((a, b) => a - b);
  console.log(
    `award throughput (${AWARDS} awards, ${CONCURRENCY} concurrent callers): ${Math.round(AWARDS / seconds)} awards/s; ` +
      `x-db-ops per award median ${quantile(ops, 0.5)}, max ${ops[ops.length - 1]}`,
  );
  // Every thread of this process: the bench's calls, the local cloud, the function instances.
  const perAward = (used.user + used.system) / 1000 / AWARDS;
  console.log(
    `CPU per award ${perAward.toFixed(1)} ms on ${availableParallelism()} cores: ` +
      `at most ${Math.round((availableParallelism() * 1000) / perAward)} awards/s on this machine`,
  );
  await timed('award, one at a time (year documents exist)', RUNS, (n) =>
    post(cloud, 'points-probe', event(10 * AWARDS + n)),
  );
}

async function main(): Promise<void> {
  const dir = await functionsWithAwardProbe('points-bench-');
  try {
    const cloud = await startAppCloud({
      port: 0,
      dataDir: join(dir, 'data'),
      functionsDir: join(dir, 'functions'),
      h5Dir: null,
      timers: false,
      quiet: true,
    });
    try {
      await seed(cloud);
      await settleAfterSeed();
      await awards(cloud);
      const admin = 'bench-0';
      const someone = (i: number) => `bench-${(i * 4999) % MEMBERS}`;
      await post(cloud, 'points', { action: 'me', data: {} }, admin);
      await timed('points.me', RUNS, (i) =>
        post(cloud, 'points', { action: 'me', data: {} }, someone(i)),
      );
      await timed('points.history (first page)', RUNS, (i) =>
        post(cloud, 'points', { action: 'history', data: {} }, someone(i)),
      );
      await timed('points.ranking members (a branch of 100), month', RUNS, (i) =>
        post(
          cloud,
          'points',
          { action: 'ranking', data: { scope: 'members', period: 'month' } },
          someone(i),
        ),
      );
      // The 党委's 1,000 branches are ranked by the timer; its pages are then single reads.
      const started = performance.now();
      const rebuild = await cloud.functions.runTimer('points');
      console.log(
        `rank snapshot rebuild (timer): ${(performance.now() - started).toFixed(0)} ms, x-db-ops ${rebuild.dbOps}, ${rebuild.json}`,
      );
      const rankingOf = (cursor: string | null) => ({
        action: 'ranking',
        data: { scope: 'branch', period: 'year', ...(cursor ? { cursor } : {}) },
      });
      let later: string | null = null;
      for (let page = 1; page < 10; page++) {
        const { reply } = await gateway(cloud, 'points', rankingOf(later), admin);
        later = (reply as { data: { nextCursor: string | null } }).data.nextCursor;
      }
      await timed(
        `points.ranking branch (${BRANCHES} branches of the 党委), year, page 1`,
        RUNS,
        () => post(cloud, 'points', rankingOf(null), admin),
      );
      await timed(
        `points.ranking branch (${BRANCHES} branches of the 党委), year, page 10`,
        RUNS,
        () => post(cloud, 'points', rankingOf(later), admin),
      );
      await timed('points.ranking branch (a 总支 of 100 branches), month', RUNS, () =>
        post(
          cloud,
          'points',
          { action: 'ranking', data: { scope: 'branch', period: 'month', orgId: 'z3' } },
          admin,
        ),
      );
      await timed('points.branchSummary, year', RUNS, (i) =>
        post(
          cloud,
          'points',
          { action: 'branchSummary', data: { orgId: branchId(i % BRANCHES), period: 'year' } },
          admin,
        ),
      );
    } finally {
      await cloud.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
