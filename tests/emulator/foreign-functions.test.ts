import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DYNAMIC_CURRENT_ENV } from 'wx-server-sdk';
import { createCredentials } from '../../emulator/admin-auth';
import { rejection, sdk } from './sdk-cloud';

/**
 * Functions written the way other WeChat-cloud projects write theirs (tests/emulator/fixtures/
 * foreign), each with the wx-server-sdk version its package.json pins, on a local cloud started
 * through its command line (`emulator/main.ts`) as another project would start it: identity in
 * the event, the older SDK's environment, fire-and-forget calls, cold starts, timeouts,
 * transactions, `$sample` and geo queries (docs/cloudbase-protocol.md §2.9, §2.12, §4, §6).
 * The test's own SDK reaches the database the way the command line says to.
 */

const ROOT = resolve(__dirname, '..', '..');
const FIXTURES = join(__dirname, 'fixtures');
/** The SDK each major version a fixture pins resolves to. */
const SDK_BY_MAJOR: Record<string, string> = {
  '4': join(ROOT, 'node_modules', 'wx-server-sdk'),
  '2': join(ROOT, 'node_modules', 'wx-server-sdk-26'),
};

/**
 * A copy of the fixtures, each function pinning an SDK with that version linked in as
 * node_modules/wx-server-sdk; the others are left for the command line to install.
 */
function copyFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'foreign-'));
  cpSync(FIXTURES, dir, { recursive: true });
  for (const name of readdirSync(join(dir, 'foreign'), { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const target = join(dir, 'foreign', name.name);
    const pkg = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const pinned = pkg.dependencies['wx-server-sdk'];
    if (!pinned) continue;
    mkdirSync(join(target, 'node_modules'));
    const major = pinned.replace(/^[~^]/, '').split('.')[0];
    symlinkSync(SDK_BY_MAJOR[major], join(target, 'node_modules', 'wx-server-sdk'), 'dir');
  }
  return dir;
}

// Both command-line clouds take this key pair, so the printed instructions can be checked.
const credentials = createCredentials();

interface CliCloud {
  url: string;
  /** What it printed on stdout once ready. */
  printed: string;
  /** Resolves with the next line it logs (stderr) that `match` accepts. */
  logged(match: (line: string) => boolean): Promise<string>;
  stop(): Promise<void>;
}

/** `tsx emulator/main.ts <args>` on a free port, ready once it has printed how to reach it. */
function startCli(args: string[]): Promise<CliCloud> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'emulator/main.ts', ...args, '--port', '0'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        LOCAL_CLOUD_SECRETID: credentials.secretId,
        LOCAL_CLOUD_SECRETKEY: credentials.secretKey,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  const watchers = new Set<(line: string) => void>();
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    const lines = err.split('\n');
    err = lines.pop() ?? '';
    for (const line of lines) for (const watch of watchers) watch(line);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((ready, fail) => {
    child.once('exit', (code) => fail(new Error(`本地云退出（${code}）：${out}${err}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('x-openid')) return;
      ready({
        url: /http:\/\/127\.0\.0\.1:\d+/.exec(out)![0],
        printed: out,
        logged: (match) =>
          new Promise((found) => {
            const watch = (line: string) => {
              if (!match(line)) return;
              watchers.delete(watch);
              found(line);
            };
            watchers.add(watch);
          }),
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/** Points this process's SDK at a cloud with the variables the command line printed. */
function followPrinted(printed: string): void {
  for (const [, name, value] of printed.matchAll(/^ {2}([A-Z_]+)=(.*)$/gm)) {
    process.env[name] = value.replace(/^'(.*)'$/, '$1');
  }
  sdk.init({ env: DYNAMIC_CURRENT_ENV });
}

const APPID = 'wxlocal0000000000';
let dir: string;
let cli: CliCloud;
beforeAll(async () => {
  dir = copyFixtures();
  cli = await startCli([
    '--functions',
    join(dir, 'foreign'),
    '--auto-collections',
    '--collections',
    join(dir, 'foreign.collections.json'),
  ]);
  followPrinted(cli.printed);
});
afterAll(async () => {
  await cli.stop();
  rmSync(dir, { recursive: true, force: true });
});

const db = () => sdk.database();

async function post(name: string, body: object, openid?: string, url = cli.url) {
  const res = await fetch(`${url}/fn/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the command line', () => {
  it('installs each function’s own dependencies from its package.json', async () => {
    expect(existsSync(join(dir, 'foreign', 'greet', 'node_modules', 'greeting'))).toBe(true);
    expect((await post('greet', { name: '党员' })).body).toEqual({ text: '你好，党员' });
  });

  it('creates a collection on first use with --auto-collections', async () => {
    await db()
      .collection('first-use')
      .add({ data: { _id: 'a' } });
    expect((await db().collection('first-use').count()).total).toBe(1);
  });

  describe('without --auto-collections', () => {
    let strict: CliCloud;
    beforeAll(async () => {
      strict = await startCli(['--functions', join(dir, 'foreign')]);
    });
    afterAll(() => strict.stop());

    it('answers a write to a collection never created as the real cloud does (-502005)', async () => {
      const res = await post('diary', { type: 'write', text: '无处可写' }, 'o-diarist', strict.url);
      expect(res.body).toEqual({
        errCode: -502005,
        errMsg: expect.stringMatching(
          /^collection\.add:fail -502005 database collection not exists\. /,
        ),
      });
    });
  });
});

describe('identity of a call', () => {
  it('gives a mini-program call event.userInfo {appId, openId}, over what the client sent', async () => {
    const res = await post('shop', { action: 'whoami', userInfo: { openId: 'forged' } }, 'o-buyer');
    expect(res.body).toEqual({
      userInfo: { appId: APPID, openId: 'o-buyer' },
      ctx: expect.objectContaining({ OPENID: 'o-buyer', SOURCE: 'wx_client' }),
    });
  });

  it('shows a function called by another function SOURCE wx_client,scf', async () => {
    const res = await post('shop', { action: 'askDiary' }, 'o-buyer');
    expect(res.body).toEqual({
      ctx: expect.objectContaining({ OPENID: 'o-buyer', SOURCE: 'wx_client,scf', ENV: 'local' }),
    });
  });
});

describe('wx-server-sdk 2.6.3', () => {
  it('finds its environment through DYNAMIC_CURRENT_ENV and writes to the database', async () => {
    const res = await post('diary', { type: 'write', text: '今天学习了党章' }, 'o-diarist');
    expect(res.body).toEqual({
      _id: expect.any(String),
      owner: 'o-diarist',
      text: '今天学习了党章',
    });
  });
});

describe('errors as the real cloud words them', () => {
  it('answers a database request to another env with INVALIID_ENV (-501005)', async () => {
    const res = await post('diary', { type: 'otherEnv' });
    expect(res.body).toEqual({
      errCode: -501005,
      errMsg: expect.stringMatching(/^collection\.count:fail -501005 invalid env\. /),
    });
  });

  it('answers a call to a function that is not deployed with INVALID_PARAM', async () => {
    const res = await post('shop', { action: 'missing' });
    expect(res.body).toEqual({
      errCode: -1,
      errMsg: 'callFunction:fail function not found: not-deployed',
      code: 'INVALID_PARAM',
    });
  });
});

describe('a failing fire-and-forget call', () => {
  it('is logged, its instance recycled once its other work is done, and the cloud serves on', async () => {
    const recycled = cli.logged((m) => m.includes('已回收') || m.includes('已终止'));
    const res = await post('shop', { action: 'fireAndForget', tag: 'ff' });
    expect(res.body).toEqual({ ok: 1 });
    await recycled;
    // The writes chained after the reply all landed before the instance went.
    const { total } = await db()
      .collection('logs')
      .where({ _id: db().command.in(['ff-1', 'ff-2', 'ff-3']) })
      .count();
    expect(total).toBe(3);
    expect((await post('shop', { action: 'whoami' }, 'o-next')).body.userInfo).toEqual({
      appId: APPID,
      openId: 'o-next',
    });
  });
});

describe('cold starts and timeouts', () => {
  it('does not count a cold start against the timeout: 20 concurrent calls all answer', async () => {
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post('cold', { id: `c${i}` })),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect((await db().collection('checkins').count()).total).toBe(20);
  });

  it('refuses what a handler sends after its call was reported timed out', async () => {
    const res = await post('hang', { tag: 'hang-1' });
    expect(res).toMatchObject({ status: 500, body: { error: { message: '云函数执行超时' } } });
    const { backend } = (await db().collection('logs').doc('hang-1').get()).data as {
      backend: string;
    };
    // What the handler's SDK would send next: a write to the timed-out invocation's address.
    const before = process.env.TCB_CONTEXT_CNFG;
    process.env.TCB_CONTEXT_CNFG = backend;
    try {
      const e = await rejection(
        db()
          .collection('logs')
          .add({ data: { _id: 'hang-late' } }),
      );
      expect(e.errMsg).toMatch(/timed out/);
    } finally {
      process.env.TCB_CONTEXT_CNFG = before;
    }
    expect((await db().collection('logs').where({ _id: 'hang-late' }).count()).total).toBe(0);
  });
});

describe('transactions', () => {
  it('rolls back stock and order together when stock runs out', async () => {
    await db()
      .collection('goods')
      .add({ data: { _id: 'tx-g', stock: 1 } });
    const res = await post('shop', { action: 'order', goodsId: 'tx-g', count: 2, orderId: 'tx-o' });
    expect(res.body).toEqual({ ok: false, reason: '库存不足' });
    expect((await db().collection('goods').doc('tx-g').get()).data.stock).toBe(1);
    expect((await db().collection('orders').where({ _id: 'tx-o' }).count()).total).toBe(0);
  });
});

describe('aggregate().sample()', () => {
  beforeAll(async () => {
    await db()
      .collection('prizes')
      .add({
        data: Array.from({ length: 22 }, (_, i) => ({ _id: `p${String(i).padStart(2, '0')}` })),
      });
  });

  it('returns every document once when the size exceeds the count', async () => {
    const ids = (await post('shop', { action: 'sample', size: 30 })).body as unknown as string[];
    expect(ids).toHaveLength(22);
    expect(new Set(ids).size).toBe(22);
  });

  it('returns distinct documents for a size under the count', async () => {
    for (let round = 0; round < 5; round++) {
      const ids = (await post('shop', { action: 'sample', size: 10 })).body as unknown as string[];
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
    }
  });
});

describe('geo queries', () => {
  // Along the equator one degree of longitude is 2πR/360 of the sphere.
  const R = 6371008.8;
  const metresPerDegree = (2 * Math.PI * R) / 360;
  const point = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] });
  const square = (x0: number, y0: number, x1: number, y1: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  });

  beforeAll(async () => {
    await db()
      .collection('shops')
      .add({
        data: [
          { _id: 'e0', kind: 'canteen', location: point(0, 0) },
          { _id: 'e1', kind: 'shop', location: point(0.01, 0) },
          { _id: 'e5', kind: 'canteen', location: point(0.05, 0) },
          { _id: 'e50', kind: 'shop', location: point(0.5, 0) },
          // Far north a degree of longitude is half as long: spherical, not planar, distance.
          { _id: 'n60', kind: 'shop', location: point(20.02, 60) },
        ],
      });
    await db()
      .collection('zones')
      .add({
        data: [
          { _id: 'z-small', area: square(-0.02, -0.02, 0.02, 0.02) },
          { _id: 'z-big', area: square(-1, -1, 1, 1) },
          { _id: 'z-far', area: square(10, 10, 11, 11) },
        ],
      });
  });

  it('_.geoNear answers nearest first within maxDistance and beyond minDistance', async () => {
    const near = (extra: object) =>
      post('shop', { action: 'nearby', lng: 0, lat: 0, ...extra }).then((r) => r.body);
    expect(await near({ maxDistance: 6000 })).toEqual(['e0', 'e1', 'e5']);
    expect(await near({ maxDistance: 6000, minDistance: 500 })).toEqual(['e1', 'e5']);
    expect(await post('shop', { action: 'nearby', lng: 20, lat: 60, maxDistance: 1200 })).toEqual({
      status: 200,
      body: ['n60'],
    });
  });

  it('_.geoWithin takes a polygon or a centerSphere', async () => {
    const ring = [
      [-0.03, -0.03],
      [0.03, -0.03],
      [0.03, 0.03],
      [-0.03, 0.03],
      [-0.03, -0.03],
    ];
    expect((await post('shop', { action: 'inArea', ring })).body).toEqual(['e0', 'e1']);
    const radians = 2000 / R;
    expect((await post('shop', { action: 'inCircle', lng: 0, lat: 0, radians })).body).toEqual([
      'e0',
      'e1',
    ]);
  });

  it('_.geoIntersects finds the polygons a point lies in', async () => {
    expect((await post('shop', { action: 'zonesAt', lng: 0.5, lat: 0.5 })).body).toEqual(['z-big']);
    expect((await post('shop', { action: 'zonesAt', lng: 0, lat: 0.01 })).body).toEqual([
      'z-big',
      'z-small',
    ]);
  });

  it('aggregate().geoNear() adds spherical distances in metres, nearest first', async () => {
    const res = await post('shop', {
      action: 'nearbyAgg',
      lng: 0,
      lat: 0,
      maxDistance: 60000,
      query: { kind: 'shop' },
    });
    expect(res.body).toEqual([
      { _id: 'e1', distance: Math.round(0.01 * metresPerDegree), loc: point(0.01, 0) },
      { _id: 'e50', distance: Math.round(0.5 * metresPerDegree), loc: point(0.5, 0) },
    ]);
  });

  it('needs a 2dsphere index for a near query, as the real database does', async () => {
    const res = await post('shop', { action: 'nearZones', lng: 0, lat: 0 });
    expect(res.body).toEqual({
      errCode: -502001,
      errMsg: expect.stringMatching(/unable to find index for \$geoNear query$/),
    });
  });
});
