import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InvocationError } from '../../emulator/functions/pool';
import { startSdkCloud, type SdkCloud } from './sdk-cloud';

// Tiny built functions, as plain CommonJS like esbuild's output, using the real wx-server-sdk.
const SDK = JSON.stringify(resolve(__dirname, '..', '..', 'node_modules', 'wx-server-sdk'));
const PRELUDE = `const cloud = require(${SDK}); cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV }); const db = cloud.database();`;
const FUNCTIONS: Record<string, { code: string; config?: object }> = {
  whoami: { code: `exports.main = async (event) => ({ ctx: cloud.getWXContext(), event });` },
  counter: {
    code: `exports.main = async () => {
      await db.collection('scratch').doc('counter').update({ data: { n: db.command.inc(1) } });
      const { data } = await db.collection('scratch').doc('counter').get();
      return { ok: true, data: data.n };
    };`,
  },
  boom: { code: `exports.main = async () => { throw new Error('secret stack detail'); };` },
  slow: {
    code: `exports.main = () => new Promise((r) => setTimeout(() => r('late'), 5000));`,
    config: { timeout: 1 },
  },
  caller: {
    code: `exports.main = async (event) => {
      try {
        const r = await cloud.callFunction({ name: event.target, data: { hello: 'from caller' } });
        return { result: r.result };
      } catch (e) {
        return { errCode: e.errCode, errMsg: e.errMsg, code: e.code };
      }
    };`,
  },
  // Throws outside any invocation, after answering: the instance fails between runs.
  leaky: {
    code: `exports.main = async () => { setTimeout(() => { throw new Error('late failure'); }, 0); return 'answered'; };`,
  },
  // Each shows which of the secrets it was given (the hand-over below names them per function).
  ...Object.fromEntries(
    ['member', 'points', 'notice'].map((name) => [
      name,
      {
        code: `exports.main = async () => ['MEMBER_DATA_KEY', 'MEMBER_HASH_KEY', 'POINTS_PSEUDONYM_KEY'].filter((k) => process.env[k] !== undefined);`,
      },
    ]),
  ),
  nightly: {
    code: `exports.main = async (event) => {
      await db.collection('scratch').add({ data: { _id: 'timer-ran', event, ctx: cloud.getWXContext() } });
      return 'done';
    };`,
    config: { triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' }] },
  },
};

let env: SdkCloud;
let functionsDir: string;
beforeAll(async () => {
  functionsDir = mkdtempSync(join(tmpdir(), 'emulator-fns-'));
  for (const [name, { code, config }] of Object.entries(FUNCTIONS)) {
    mkdirSync(join(functionsDir, name));
    writeFileSync(join(functionsDir, name, 'index.js'), `${PRELUDE}\n${code}\n`);
    if (config) writeFileSync(join(functionsDir, name, 'config.json'), JSON.stringify(config));
  }
  env = await startSdkCloud({
    functionsDir,
    secrets: { member: ['MEMBER_DATA_KEY', 'MEMBER_HASH_KEY'], points: ['POINTS_PSEUDONYM_KEY'] },
  });
  env.cloud.db.provision([{ name: 'scratch', indexes: [] }]);
});
afterAll(async () => {
  await env.close();
  rmSync(functionsDir, { recursive: true, force: true });
});

async function post(name: string, body: unknown, openid?: string) {
  const res = await fetch(`${env.cloud.url}/fn/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const reply = (await res.json()) as Record<string, Record<string, unknown>>;
  return { status: res.status, dbOps: res.headers.get('x-db-ops'), body: reply };
}

describe('gateway POST /fn/<name>', () => {
  it('runs the function as the x-openid caller with the body as event', async () => {
    const res = await post('whoami', { action: 'me', data: { a: 1 } }, 'o-member');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      ctx: {
        OPENID: 'o-member',
        APPID: expect.any(String),
        CLIENTIP: '127.0.0.1',
        ENV: 'local',
        SOURCE: 'wx_client',
      },
      // The platform adds the caller to a mini-program call's event (docs/cloudbase-protocol.md §4.4).
      event: {
        action: 'me',
        data: { a: 1 },
        userInfo: { appId: expect.any(String), openId: 'o-member' },
      },
    });
  });

  it('leaves OPENID unset without the header, even on a warm instance', async () => {
    await post('whoami', { action: 'me' }, 'o-someone');
    const res = await post('whoami', { action: 'me' });
    expect(res.body.ctx).not.toHaveProperty('OPENID');
  });

  it('answers an unknown function with 404 NOT_FOUND', async () => {
    const res = await post('nope', { action: 'x' });
    expect(res).toMatchObject({
      status: 404,
      body: { ok: false, error: { code: 'NOT_FOUND', message: '没有这个云函数' } },
    });
  });

  it('answers a body that is not JSON with 400 INVALID_ARGUMENT', async () => {
    const res = await post('whoami', '{not json');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_ARGUMENT');
  });

  it('answers a thrown error as INTERNAL without the stack', async () => {
    const res = await post('boom', { action: 'x' });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ ok: false, error: { code: 'INTERNAL', message: '云函数执行出错' } });
    expect(JSON.stringify(res.body)).not.toContain('secret stack detail');
  });

  it('enforces config.json timeout and keeps serving afterwards', async () => {
    const res = await post('slow', { action: 'x' });
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('INTERNAL');
    expect((await post('whoami', { action: 'x' }, 'o-after')).body.ctx.OPENID).toBe('o-after');
  });

  it('counts the database requests of one invocation in x-db-ops', async () => {
    env.cloud.db.insertMany('scratch', [{ _id: 'counter', n: 0 }]);
    const res = await post('counter', { action: 'x' });
    expect(res.dbOps).toBe('2');
  });

  it('applies 50 parallel increments exactly once each', async () => {
    await env.sdk
      .database()
      .collection('scratch')
      .doc('counter')
      .set({ data: { n: 0 } });
    const replies = await Promise.all(
      Array.from({ length: 50 }, () => post('counter', { action: 'x' })),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(env.cloud.db.find('scratch', { _id: 'counter' })[0].n).toBe(50);
  });
});

describe('bad input and failing instances', () => {
  const nested = (depth: number) => `{"action":"me","x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

  it('answers a deeply nested body with INVALID_ARGUMENT and keeps serving', async () => {
    const res = await post('whoami', nested(20000), 'o-member');
    expect(res).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.any(String) } },
    });
    expect((await post('whoami', nested(10), 'o-after')).body.ctx.OPENID).toBe('o-after');
  });

  it('answers a body over the size limit with INVALID_ARGUMENT', async () => {
    const res = await post('whoami', { action: 'me', data: 'x'.repeat(2 * 1024 * 1024) });
    expect(res).toMatchObject({
      status: 413,
      body: { ok: false, error: { code: 'INVALID_ARGUMENT' } },
    });
  });

  it('fails only the call whose event cannot reach an instance', async () => {
    let deep: unknown = [];
    for (let i = 0; i < 20000; i++) deep = [deep];
    await expect(
      env.cloud.functions.invoke('whoami', { action: 'me', deep }, { source: 'wx_client' }),
    ).rejects.toBeInstanceOf(InvocationError);
    expect((await post('whoami', { action: 'me' }, 'o-next')).body.ctx.OPENID).toBe('o-next');
  });

  it('survives an instance that fails after answering, and serves the next call', async () => {
    const exited = new Promise<void>((resolve) => {
      const log = env.cloud.functions.log.bind(env.cloud.functions);
      env.cloud.functions.log = (message: string) => {
        log(message);
        if (message.includes('late failure')) resolve();
      };
    });
    expect((await post('leaky', { action: 'x' })).body).toBe('answered');
    await exited;
    expect((await post('leaky', { action: 'x' })).body).toBe('answered');
  });
});

describe('secrets', () => {
  it('gives each function only its own secrets, whatever this process holds', async () => {
    process.env.MEMBER_DATA_KEY = 'set in the shell';
    try {
      expect((await post('member', {})).body).toEqual(['MEMBER_DATA_KEY', 'MEMBER_HASH_KEY']);
      expect((await post('points', {})).body).toEqual(['POINTS_PSEUDONYM_KEY']);
      expect((await post('notice', {})).body).toEqual([]);
    } finally {
      delete process.env.MEMBER_DATA_KEY;
    }
  });
});

describe('functions.invokeFunction', () => {
  it('runs the callee as the caller and returns its result', async () => {
    const res = await post('caller', { target: 'whoami' }, 'o-caller');
    expect(res.body.result).toEqual({
      ctx: expect.objectContaining({ OPENID: 'o-caller', SOURCE: 'wx_client,scf' }),
      event: { hello: 'from caller' },
    });
  });

  it('reports a callee error as FUNCTIONS_EXECUTE_FAIL', async () => {
    const res = await post('caller', { target: 'boom' });
    expect(res.body).toEqual({
      errCode: -1,
      errMsg: 'callFunction:fail Error: secret stack detail',
      code: 'FUNCTIONS_EXECUTE_FAIL',
    });
  });

  it('reports an unknown callee as a failure', async () => {
    const res = await post('caller', { target: 'missing' });
    expect(res.body.errCode).toBe(-1);
    expect(res.body.code).toBe('INVALID_PARAM');
  });
});

describe('timer triggers', () => {
  it('runTimer runs the function with a Timer event from wx_trigger and no OPENID', async () => {
    await env.cloud.functions.runTimer('nightly');
    const [doc] = env.cloud.db.find('scratch', { _id: 'timer-ran' });
    expect(doc.event).toEqual({
      Type: 'Timer',
      TriggerName: 'nightly',
      Time: expect.stringMatching(/Z$/),
    });
    expect(doc.ctx).toEqual(expect.objectContaining({ SOURCE: 'wx_trigger' }));
    expect(doc.ctx).not.toHaveProperty('OPENID');
  });
});
