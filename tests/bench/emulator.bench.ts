/**
 * Local cloud figures at enterprise scale: `tsx tests/bench/emulator.bench.ts`.
 * Seeds 100k members in a temp dir and prints timings through the real wx-server-sdk.
 * Targets on a 2-core machine: indexed lookup and cursor page < 5 ms, cold start < 3 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalCloud, type LocalCloud } from '../../emulator/local-cloud';
import { pointSdkAt } from '../support/sdk';
import { sdk } from '../emulator/sdk-cloud';

const TOTAL = 100_000;
const ORGS = 10;
const RUNS = 200;
const BENCH = {
  name: 'bench_members',
  indexes: [
    { name: 'org_name', keys: { orgId: 1, name: 1, _id: 1 } as Record<string, 1 | -1> },
    { name: 'openid', keys: { openid: 1 } as Record<string, 1 | -1> },
  ],
};

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';

function member(i: number) {
  return {
    _id: `m${String(i).padStart(6, '0')}`,
    orgId: `org-${i % ORGS}`,
    name: `${SURNAMES[(i * 7) % SURNAMES.length]}${(i * 7919) % 100_000}`,
    openid: `o-${i}`,
    level: i % 4,
    points: (i * 31) % 500,
    joinedAt: new Date(1_500_000_000_000 + i * 60_000),
  };
}

async function timed(runs: number, fn: (i: number) => Promise<unknown>): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms`;
}

async function open(dataDir: string): Promise<LocalCloud> {
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: join(dataDir, 'no-functions'),
    h5Dir: null,
    timers: false,
    quiet: true,
  });
  cloud.db.provision([BENCH, { name: 'tiny', indexes: [] }]);
  pointSdkAt(cloud);
  return cloud;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'emulator-bench-'));
  try {
    let cloud = await open(dataDir);
    sdk.init({ env: 'local' });
    const db = sdk.database();
    const _ = db.command;
    const members = () => db.collection(BENCH.name);

    let start = performance.now();
    for (let from = 0; from < TOTAL; from += 10_000) {
      cloud.db.insertMany(
        BENCH.name,
        Array.from({ length: 10_000 }, (_, k) => member(from + k)),
      );
    }
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `insert (direct API, batches of 10k): ${Math.round(TOTAL / seconds)} docs/s (${seconds.toFixed(1)} s)`,
    );

    start = performance.now();
    for (let i = 0; i < 200; i++) await cloud.db.insertMany('tiny', [{ i }]);
    console.log(
      `insert one document, fsynced: ${((performance.now() - start) / 200).toFixed(2)} ms each`,
    );

    await db.collection('tiny').add({ data: { _id: 'one', v: 1 } });
    console.log(
      `SDK round trip (doc.get, tiny collection): ${await timed(RUNS, () => db.collection('tiny').doc('one').get())}`,
    );

    console.log(
      `indexed equality lookup (where openid): ${await timed(RUNS, (i) =>
        members()
          .where({ openid: `o-${(i * 4999) % TOTAL}` })
          .get(),
      )}`,
    );

    const page = (skip: number) =>
      members()
        .where({ orgId: 'org-3' })
        .orderBy('name', 'asc')
        .orderBy('_id', 'asc')
        .skip(skip)
        .limit(20)
        .get();
    console.log(`sorted page, offset 0: ${await timed(RUNS, () => page(0))}`);
    console.log(`sorted page, offset 5000: ${await timed(RUNS, () => page(5000))}`);

    const { data: first } = await page(5000);
    const last = first[first.length - 1];
    console.log(
      `cursor page (name > last, 20): ${await timed(RUNS, () =>
        members()
          .where({ orgId: 'org-3', name: _.gt(last.name as string) })
          .orderBy('name', 'asc')
          .orderBy('_id', 'asc')
          .limit(20)
          .get(),
      )}`,
    );

    const $ = _.aggregate;
    console.log(
      `$group over one org (10k docs): ${await timed(20, () =>
        members()
          .aggregate()
          .match({ orgId: 'org-3' })
          .group({ _id: '$level', n: $.sum(1), points: $.sum('$points') })
          .end(),
      )}`,
    );
    console.log(
      `$group over all 100k: ${await timed(5, () =>
        members()
          .aggregate()
          .group({ _id: '$orgId', n: $.sum(1) })
          .end(),
      )}`,
    );
    console.log(
      `count where orgId (index-covered): ${await timed(RUNS, () => members().where({ orgId: 'org-3' }).count())}`,
    );
    console.log(
      `unindexed query (points = 7, scan of 100k): ${await timed(10, () => members().where({ points: 7 }).limit(20).get())}`,
    );

    console.log(`database requests: ${JSON.stringify(cloud.db.stats())}`);
    await cloud.close();
    start = performance.now();
    cloud = await open(dataDir);
    console.log(
      `cold start with ${TOTAL + 201} documents: ${((performance.now() - start) / 1000).toFixed(2)} s`,
    );
    await cloud.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
