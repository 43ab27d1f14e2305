import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { LocalCloud } from '../../emulator/local-cloud';
import { startAppCloud } from '../../scripts/local-cloud';

/**
 * Shared by the benches: a local cloud on a scratch folder (removed on close: a bench's data is
 * gigabytes), timing, and gateway calls.
 */
export async function benchCloud(): Promise<LocalCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-'));
  const cloud = await startAppCloud({
    port: 0,
    dataDir,
    h5Dir: null,
    timers: false,
    quiet: true,
  });
  return {
    ...cloud,
    close: async () => {
      await cloud.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Collects the seed's garbage before anything is timed. A seed leaves gigabytes behind (batches,
 * disk rows); without this the collector marks them during the first timed calls, and a
 * figure measures the seed instead of the action. Calls in the next second or two were still
 * slower here (the collector's threads sweep on the other core), so timing waits that out. A
 * local cloud that has run a while has done the same.
 */
export async function settleAfterSeed(): Promise<void> {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  await sleep(3000);
}

export interface Timing {
  median: number;
  p95: number;
  /** Database operations of the last run (the gateway's x-db-ops). */
  dbOps: number;
}

/**
 * Times `runs` calls after `warmUp` untimed ones, so figures are for warm instances as a busy
 * cloud serves them. Warm-up calls get the indices after the timed ones (runs, runs + 1, …):
 * a run that must not repeat (a first open) needs runs + warmUp distinct inputs.
 */
export async function timed(
  runs: number,
  run: (i: number) => Promise<number | void>,
  warmUp = 30,
): Promise<Timing> {
  const times: number[] = [];
  let dbOps = 0;
  for (let i = 0; i < warmUp; i++) await run(runs + i);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    dbOps = (await run(i)) ?? 0;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), p95: at(0.95), dbOps };
}

export function report(label: string, t: Timing): void {
  console.log(
    `${label.padEnd(46)} median ${t.median.toFixed(2)} ms  p95 ${t.p95.toFixed(2)} ms  db ops ${t.dbOps}`,
  );
}

/**
 * The bench's client shares the local cloud's event loop, so it must cost little there: node:http
 * on kept-alive sockets takes about a fifth of fetch's CPU per call, which fetch added to every
 * figure though no phone would spend it on the server.
 */
const agent = new Agent({ keepAlive: true });

/** POSTs `body` to a function through the gateway, as `openid` when given. */
export function gateway(
  cloud: LocalCloud,
  fn: string,
  body: unknown,
  openid?: string,
): Promise<{ reply: unknown; dbOps: number }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${cloud.url}/fn/${fn}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...(openid ? { 'x-openid': openid } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve({
              reply: JSON.parse(Buffer.concat(chunks).toString('utf8')),
              dbOps: Number(res.headers['x-db-ops']),
            });
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** Calls a function through the gateway as `openid`; resolves to the number of database operations. */
export async function callFn(
  cloud: LocalCloud,
  openid: string,
  fn: string,
  action: string,
  data: object,
): Promise<number> {
  const { reply, dbOps } = await gateway(cloud, fn, { action, data }, openid);
  const body = reply as { ok: boolean; error?: { message: string } };
  if (!body.ok) throw new Error(`${fn}.${action}: ${body.error?.message}`);
  return dbOps;
}
