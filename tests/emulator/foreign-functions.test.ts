import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rejection, startSdkCloud, type SdkCloud } from './sdk-cloud';

/**
 * Functions written the way other WeChat-cloud projects write theirs (tests/emulator/fixtures/
 * foreign), each with the wx-server-sdk version its package.json pins, on a local cloud of their
 * own: identity in the event, the older SDK's environment, fire-and-forget calls, cold starts,
 * timeouts, transactions, `$sample` and geo queries (docs/cloudbase-protocol.md §2.9, §2.12, §4, §6).
 */

const ROOT = resolve(__dirname, '..', '..');
const FIXTURES = join(__dirname, 'fixtures', 'foreign');
/** The SDK each major version a fixture pins resolves to. */
const SDK_BY_MAJOR: Record<string, string> = {
  '4': join(ROOT, 'node_modules', 'wx-server-sdk'),
  '2': join(ROOT, 'node_modules', 'wx-server-sdk-26'),
};

/** A copy of the fixtures, each function with its pinned SDK as node_modules/wx-server-sdk. */
function functionsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'foreign-fns-'));
  for (const name of readdirSync(FIXTURES, { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const target = join(dir, name.name);
    cpSync(join(FIXTURES, name.name), target, { recursive: true });
    const pkg = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const major = pkg.dependencies['wx-server-sdk'].replace(/^[~^]/, '').split('.')[0];
    mkdirSync(join(target, 'node_modules'));
    symlinkSync(SDK_BY_MAJOR[major], join(target, 'node_modules', 'wx-server-sdk'), 'dir');
  }
  return dir;
}

const APPID = 'wxlocal0000000000';
let env: SdkCloud;
let functionsDir: string;
beforeAll(async () => {
  functionsDir = functionsFolder();
  env = await startSdkCloud({ functionsDir });
  env.cloud.db.provision([
    { name: 'logs', indexes: [] },
    { name: 'goods', indexes: [] },
    { name: 'orders', indexes: [] },
    { name: 'prizes', indexes: [] },
    { name: 'diaries', indexes: [] },
    { name: 'checkins', indexes: [] },
    { name: 'shops', indexes: [{ name: 'location', keys: { location: '2dsphere' } }] },
    { name: 'zones', indexes: [] },
  ]);
});
afterAll(async () => {
  await env.close();
  rmSync(functionsDir, { recursive: true, force: true });
});

async function post(name: string, body: object, openid?: string) {
  const res = await fetch(`${env.cloud.url}/fn/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Resolves with the first message the local cloud logs that `match` accepts. */
function logged(match: (message: string) => boolean): Promise<string> {
  const functions = env.cloud.functions;
  const log = functions.log.bind(functions);
  return new Promise((resolveMessage) => {
    functions.log = (message: string) => {
      log(message);
      if (match(message)) {
        functions.log = log;
        resolveMessage(message);
      }
    };
  });
}

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
    const recycled = logged((m) => m.includes('已回收') || m.includes('已终止'));
    const res = await post('shop', { action: 'fireAndForget', tag: 'ff' });
    expect(res.body).toEqual({ ok: 1 });
    await recycled;
    // The writes chained after the reply all landed before the instance went.
    expect(env.cloud.db.find('logs', { _id: { $in: ['ff-1', 'ff-2', 'ff-3'] } })).toHaveLength(3);
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
    expect(env.cloud.db.find('checkins', {})).toHaveLength(20);
  });

  it('refuses what a handler sends after its call was reported timed out', async () => {
    const res = await post('hang', { tag: 'hang-1' });
    expect(res).toMatchObject({ status: 500, body: { error: { message: '云函数执行超时' } } });
    const [{ backend }] = env.cloud.db.find('logs', { _id: 'hang-1' }) as { backend: string }[];
    // What the handler's SDK would send next: a write to the timed-out invocation's address.
    const before = process.env.TCB_CONTEXT_CNFG;
    process.env.TCB_CONTEXT_CNFG = backend;
    try {
      const e = await rejection(
        env.sdk
          .database()
          .collection('logs')
          .add({ data: { _id: 'hang-late' } }),
      );
      expect(e.errMsg).toMatch(/timed out/);
    } finally {
      process.env.TCB_CONTEXT_CNFG = before;
    }
    expect(env.cloud.db.find('logs', { _id: 'hang-late' })).toHaveLength(0);
  });
});

describe('transactions', () => {
  it('rolls back stock and order together when stock runs out', async () => {
    env.cloud.db.insertMany('goods', [{ _id: 'tx-g', stock: 1 }]);
    const res = await post('shop', { action: 'order', goodsId: 'tx-g', count: 2, orderId: 'tx-o' });
    expect(res.body).toEqual({ ok: false, reason: '库存不足' });
    expect(env.cloud.db.find('goods', { _id: 'tx-g' })[0].stock).toBe(1);
    expect(env.cloud.db.find('orders', { _id: 'tx-o' })).toHaveLength(0);
  });
});

describe('aggregate().sample()', () => {
  beforeAll(() => {
    env.cloud.db.insertMany(
      'prizes',
      Array.from({ length: 22 }, (_, i) => ({ _id: `p${String(i).padStart(2, '0')}` })),
    );
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

  beforeAll(() => {
    env.cloud.db.insertMany('shops', [
      { _id: 'e0', kind: 'canteen', location: point(0, 0) },
      { _id: 'e1', kind: 'shop', location: point(0.01, 0) },
      { _id: 'e5', kind: 'canteen', location: point(0.05, 0) },
      { _id: 'e50', kind: 'shop', location: point(0.5, 0) },
      // Far north a degree of longitude is half as long: spherical, not planar, distance.
      { _id: 'n60', kind: 'shop', location: point(20.02, 60) },
    ]);
    env.cloud.db.insertMany('zones', [
      { _id: 'z-small', area: square(-0.02, -0.02, 0.02, 0.02) },
      { _id: 'z-big', area: square(-1, -1, 1, 1) },
      { _id: 'z-far', area: square(10, 10, 11, 11) },
    ]);
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
