import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reply } from '../../typings/envelope';
import type { ActionName, FunctionName, RequestOf, ResponseOf } from '../../typings/functions';
import { buildDir } from '../../scripts/build-dir';
import { startAppCloud } from '../../scripts/local-cloud';
import { seedAll } from '../../seed';
import { knowCloud } from './sdk';


/**
 * A local cloud of its own for one test file: a fresh data folder with the demo enterprise,
 * the built functions (npm test builds them first), no timers. Calls go through the same
 * gateway the H5 app uses, so each function runs in its worker with the real wx-server-sdk.
 * With `at`, its clock stands at that instant from the seed on (`t.cloud.clock` moves it).
 */
export async function startTestCloud(options: { h5?: boolean; at?: string } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'djcloud-'));
  const cloud = await startAppCloud({
    port: 0,
    dataDir,
    h5Dir: options.h5 ? join(buildDir, 'h5') : null,
    timers: false,
    quiet: true,
    seed: (db, secrets, now, files) => seedAll(db, secrets, now, files),
    at: options.at,
  });
  knowCloud(cloud);

  /** POSTs any body, so tests can send what a well-behaved client never would. */
  async function post(fn: string, body: unknown, openid?: string | null) {
    const res = await fetch(`${cloud.url}/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: res.status,
      dbOps: Number(res.headers.get('x-db-ops')),
      body: (await res.json()) as Reply<unknown>,
    };
  }

  /** A typed call as the WeChat user `openid` (null: no identity at all). */
  async function call<F extends FunctionName, A extends ActionName<F>>(
    openid: string | null,
    fn: F,
    action: A,
    data: RequestOf<F, A>,
  ): Promise<Reply<ResponseOf<F, A>>> {
    return (await post(fn, { action, data }, openid)).body as Reply<ResponseOf<F, A>>;
  }

  /** The member id bound to a demo identity. */
  async function memberId(openid: string): Promise<string> {
    const reply = await call(openid, 'member', 'me', {});
    if (!reply.ok || !reply.data.bound) throw new Error(`${openid} 没有绑定党员身份`);
    return reply.data.member._id;
  }

  async function close() {
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  return { cloud, url: cloud.url, dataDir, post, call, memberId, close };
}

export type TestCloud = Awaited<ReturnType<typeof startTestCloud>>;
