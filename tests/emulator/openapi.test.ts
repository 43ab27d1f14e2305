import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOpenApi, type OpenApi } from '../../emulator/openapi';
import { sdkFor } from '../support/sdk';
import { startPartServer, type PartServer } from './storage-openapi.harness';

const SENT_AT = Date.UTC(2025, 6, 1, 2, 0, 0);

let dir: string;
let openApi: OpenApi;
let server: PartServer;
let cloud: ReturnType<typeof sdkFor>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'openapi-test-'));
  openApi = createOpenApi({ dir, now: () => SENT_AT });
  server = await startPartServer([openApi]);
  cloud = sdkFor(server.origin);
});

afterAll(async () => {
  await server.close();
  openApi.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  openApi.clearOutbox();
});

const notice = (thing1: string) => ({
  touser: 'oMEMBER1',
  templateId: 'TPL_NOTICE',
  page: 'packages/notice/detail?id=n1',
  data: { thing1: { value: thing1 }, time2: { value: '2025年7月1日 10:00' } },
  miniprogramState: 'developer',
});

describe('subscribeMessage.send', () => {
  it('uses one send of the quota and records the message in the outbox', async () => {
    openApi.setQuota('oMEMBER1', 'TPL_NOTICE', 2);
    const result = await cloud.openapi.subscribeMessage.send(notice('支部党员大会'));
    expect(result).toMatchObject({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' });
    expect(openApi.quota('oMEMBER1', 'TPL_NOTICE')).toBe(1);
    expect(openApi.outbox()).toEqual([
      {
        msgid: result.msgid,
        touser: 'oMEMBER1',
        templateId: 'TPL_NOTICE',
        page: 'packages/notice/detail?id=n1',
        data: { thing1: { value: '支部党员大会' }, time2: { value: '2025年7月1日 10:00' } },
        miniprogramState: 'developer',
        sentAt: '2025-07-01T02:00:00.000Z',
      },
    ]);
  });

  it('refuses with 43101 when the user has no quota left', async () => {
    openApi.setQuota('oMEMBER1', 'TPL_NOTICE', 0);
    await expect(cloud.openapi.subscribeMessage.send(notice('会议'))).rejects.toMatchObject({
      errCode: 43101,
      errMsg: 'openapi.subscribeMessage.send:fail user refuse to accept the msg',
    });
    expect(openApi.outbox()).toEqual([]);
  });

  it('refuses with 47003 a thing longer than 20 characters, keeping the quota', async () => {
    openApi.setQuota('oMEMBER1', 'TPL_NOTICE', 1);
    await expect(
      cloud.openapi.subscribeMessage.send(notice('关于召开二〇二五年度第三季度支部党员大会的通知')),
    ).rejects.toMatchObject({
      errCode: 47003,
      errMsg: expect.stringContaining('argument invalid! data.thing1.value'),
    });
    expect(openApi.quota('oMEMBER1', 'TPL_NOTICE')).toBe(1);
    expect(openApi.outbox()).toEqual([]);
  });

  it('keeps quota and outbox across a restart', async () => {
    openApi.setQuota('oMEMBER2', 'TPL_NOTICE', 3);
    await cloud.openapi.subscribeMessage.send({ ...notice('学习提醒'), touser: 'oMEMBER2' });
    const restarted = createOpenApi({ dir });
    try {
      expect(restarted.quota('oMEMBER2', 'TPL_NOTICE')).toBe(2);
      expect(restarted.outbox().map((m) => m.touser)).toEqual(['oMEMBER2']);
    } finally {
      restarted.close();
    }
  });
});

describe('local inspection endpoints', () => {
  it('sets quota through POST /_local/quota and lists the outbox at GET /_local/outbox', async () => {
    const set = await fetch(`${server.origin}/_local/quota`, {
      method: 'POST',
      body: JSON.stringify({ openid: 'oMEMBER3', templateId: 'TPL_NOTICE', count: 1 }),
    });
    expect(set.status).toBe(200);
    await cloud.openapi.subscribeMessage.send({ ...notice('党费缴纳提醒'), touser: 'oMEMBER3' });

    const all = (await (await fetch(`${server.origin}/_local/outbox`)).json()) as {
      touser: string;
    }[];
    expect(all.map((m) => m.touser)).toEqual(['oMEMBER3']);
    const other = await (await fetch(`${server.origin}/_local/outbox?touser=oOTHER`)).json();
    expect(other).toEqual([]);

    const cleared = await fetch(`${server.origin}/_local/outbox`, { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ cleared: 1 });
    expect(openApi.outbox()).toEqual([]);
  });

  it('refuses a quota that is not a non-negative integer', async () => {
    const res = await fetch(`${server.origin}/_local/quota`, {
      method: 'POST',
      body: JSON.stringify({ openid: 'oMEMBER3', templateId: 'TPL_NOTICE', count: -1 }),
    });
    expect(res.status).toBe(400);
  });
});

describe('security.msgSecCheck', () => {
  const check = (content: string) =>
    cloud.openapi.security.msgSecCheck({ content, version: 2, scene: 2, openid: 'oMEMBER1' });

  it.each([
    ['今天学习了党章', 'pass', 100],
    ['这是一段 __REVIEW__ 内容', 'review', 21000],
    ['内容含敏感测试字样', 'review', 21000],
    ['这是一段 __RISKY__ 内容', 'risky', 21000],
    ['可以代开发票', 'risky', 20006],
    ['赌博 和 敏感测试', 'risky', 20006],
  ])('judges %p as %s', async (content, suggest, label) => {
    const result = await check(content);
    expect(result).toMatchObject({
      errCode: 0,
      errMsg: 'openapi.security.msgSecCheck:ok',
      result: { suggest, label },
      traceId: expect.any(String),
    });
    expect(result.detail[0]).toMatchObject({ strategy: 'content_model', suggest, label });
  });

  it('names the matched word in the detail', async () => {
    const { detail } = await check('欢迎加微信');
    expect(detail).toContainEqual(
      expect.objectContaining({ strategy: 'keyword', keyword: '加微信' }),
    );
  });

  it('refuses the old version 1 call', async () => {
    await expect(cloud.openapi.security.msgSecCheck({ content: 'hi' })).rejects.toMatchObject({
      errCode: 40097,
    });
  });
});

describe('an api the local cloud does not have', () => {
  it('fails with a message naming it', async () => {
    await expect(cloud.openapi.wxacode.getUnlimited({ scene: 'a=1' })).rejects.toMatchObject({
      errCode: -604101,
      errMsg: 'openapi.wxacode.getUnlimited:fail 本地云不支持 openapi.wxacode.getUnlimited',
    });
  });
});
