import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalCloud, type LocalCloud } from '../../emulator/local-cloud';

/**
 * Shared by the benches: a local cloud on a scratch folder (removed on close: a bench's data is
 * gigabytes), timing, and gateway calls.
 */
export async function benchCloud(): Promise<LocalCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-'));
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: resolve(__dirname, '..', '..', 'dist', 'cloudfunctions'),
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

/** Calls a function through the gateway as `openid`; resolves to the number of database operations. */
export async function callFn(
  cloud: LocalCloud,
  openid: string,
  fn: string,
  action: string,
  data: object,
): Promise<number> {
  const res = await fetch(`${cloud.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify({ action, data }),
  });
  const body = (await res.json()) as { ok: boolean; error?: { message: string } };
  if (!body.ok) throw new Error(`${fn}.${action}: ${body.error?.message}`);
  return Number(res.headers.get('x-db-ops'));
}
