import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { NoticeStats } from '../../typings/functions/notice';
import { sdkFor } from '../support/sdk';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
let templateId: string;
let notice: NoticeStats;

const unread = async (openid: string) => ok(await t.call(openid, 'notice', 'inbox', {})).unread;

const sending = (over: Record<string, unknown> = {}) => ({
  requestId: 'req-meeting-0001',
  orgId: 'org-b-office',
  title: '关于召开十二月份支部党员大会的通知',
  body: '定于12月5日下午3点召开支部党员大会，请全体党员准时参加。',
  attachments: [],
  deadline: '2026-12-05',
  ...over,
});

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
  templateId = ok(await t.call(ID.member, 'notice', 'templates', {})).templateIds[0];
});
afterAll(() => t.close());

describe('who may send (notice.send)', () => {
  it.each([
    ['an ordinary member', ID.member, 'org-b-office', 'FORBIDDEN'],
    ['the secretary, to another branch', ID.secretary, 'org-b-mine1', 'FORBIDDEN'],
    ['the admin of another 总支', ID.prodAdmin, 'org-b-office', 'FORBIDDEN'],
    ['an unbound visitor', ID.visitor, 'org-b-office', 'UNAUTHENTICATED'],
  ])('%s → %s', async (_who, openid, orgId, expected) => {
    expect(
      code(await t.call(openid, 'notice', 'send', sending({ orgId, requestId: `req-${openid}` }))),
    ).toBe(expected);
  });

  it('refuses risky text', async () => {
    const reply = await t.call(
      ID.secretary,
      'notice',
      'send',
      sending({ body: '__RISKY__', requestId: 'req-risky-01' }),
    );
    expect(code(reply)).toBe('CONTENT_REJECTED');
  });
});

describe('fan-out to the message centre', () => {
  let before: { member: number; member2: number };

  it('delivers to every member of the branch but the sender, and raises their badge by one', async () => {
    before = { member: await unread(ID.member), member2: await unread(ID.member2) };
    const sender = await unread(ID.secretary);
    notice = ok(await t.call(ID.secretary, 'notice', 'send', sending()));
    // 14 on the branch's roster, the secretary among them.
    expect(notice).toMatchObject({ recipients: 13, read: 0, pushed: 0, unread: 13 });
    const inbox = ok(await t.call(ID.member, 'notice', 'inbox', {}));
    expect(inbox.items[0]).toMatchObject({ _id: notice._id, read: false });
    expect(inbox.unread).toBe(before.member + 1);
    const own = ok(await t.call(ID.secretary, 'notice', 'inbox', {}));
    expect(own.items.map((n) => n._id)).not.toContain(notice._id);
    expect(own.unread).toBe(sender);
  });

  it('does not deliver to another branch', async () => {
    expect(await unread(ID.member2)).toBe(before.member2);
    const inbox = ok(await t.call(ID.member2, 'notice', 'inbox', {}));
    expect(inbox.items.map((n) => n._id)).not.toContain(notice._id);
    expect(code(await t.call(ID.member2, 'notice', 'get', { id: notice._id }))).toBe('FORBIDDEN');
  });

  it('creates nothing twice when the same send is retried', async () => {
    const again = ok(await t.call(ID.secretary, 'notice', 'send', sending()));
    expect(again._id).toBe(notice._id);
    expect(await unread(ID.member)).toBe(before.member + 1);
  });

  it('marks it read on the first open only, and counts one read', async () => {
    ok(await t.call(ID.member, 'notice', 'get', { id: notice._id }));
    ok(await t.call(ID.member, 'notice', 'get', { id: notice._id }));
    expect(await unread(ID.member)).toBe(before.member);
    const inbox = ok(await t.call(ID.member, 'notice', 'inbox', {}));
    expect(inbox.items[0]).toMatchObject({ _id: notice._id, read: true });
    const stats = ok(await t.call(ID.secretary, 'notice', 'stats', { id: notice._id }));
    expect(stats).toMatchObject({ recipients: 13, read: 1, unread: 12 });
  });

  it('shows the secretary who has read it and who has not, by name', async () => {
    const read = ok(
      await t.call(ID.secretary, 'notice', 'recipients', { id: notice._id, read: true }),
    );
    const notRead = ok(
      await t.call(ID.secretary, 'notice', 'recipients', { id: notice._id, read: false }),
    );
    expect(read.items).toHaveLength(1);
    expect(read.items[0].readAt).not.toBeNull();
    expect(notRead.items).toHaveLength(12);
    expect(code(await t.call(ID.member, 'notice', 'stats', { id: notice._id }))).toBe('FORBIDDEN');
    const sent = ok(await t.call(ID.secretary, 'notice', 'sent', {}));
    expect(sent.items[0]._id).toBe(notice._id);
  });

  it('counts the sender among the recipients only when they ask for a copy', async () => {
    const sender = await unread(ID.secretary);
    const copied = ok(
      await t.call(
        ID.secretary,
        'notice',
        'send',
        sending({ requestId: 'req-copy-self-01', copySelf: true }),
      ),
    );
    expect(copied).toMatchObject({ recipients: 14, unread: 14 });
    expect(await unread(ID.secretary)).toBe(sender + 1);
    ok(await t.call(ID.secretary, 'notice', 'get', { id: copied._id }));
  });
});

describe('subscribe messages (the outbox and its timer)', () => {
  let pushed: NoticeStats;

  it('sends only where the ledger has quota, and zeroes it on 43101', async () => {
    // The earlier notices' messages (13, and 14 with the sender's copy) find nobody with quota.
    const earlier = JSON.parse((await t.cloud.functions.runTimer('notice')).json) as Record<
      string,
      number
    >;
    expect(earlier).toMatchObject({ sent: 0, no_quota: 27 });
    // demo-member accepted once, and WeChat agrees; the secretary accepted once, but WeChat has
    // no quota for them (the ledger is wrong); everyone else never accepted.
    expect(
      ok(
        await t.call(ID.member, 'notice', 'subscribe', {
          templateIds: [templateId],
          accepted: [templateId],
        }),
      ),
    ).toEqual({
      quota: { [templateId]: 1 },
    });
    ok(
      await t.call(ID.secretary, 'notice', 'subscribe', {
        templateIds: [templateId],
        accepted: [templateId],
      }),
    );
    t.cloud.openapi.setQuota(ID.member, templateId, 1);
    t.cloud.openapi.clearOutbox();

    pushed = ok(
      await t.call(
        ID.secretary,
        'notice',
        'send',
        // The secretary takes a copy, so the wrong ledger is found out.
        sending({ requestId: 'req-push-0001', title: '关于缴纳党费的通知', copySelf: true }),
      ),
    );
    const run = JSON.parse((await t.cloud.functions.runTimer('notice')).json) as Record<
      string,
      number
    >;
    expect(run).toMatchObject({ sent: 1, no_quota: 13 });

    const outbox = t.cloud.openapi.outbox();
    expect(outbox.map((m) => m.touser)).toEqual([ID.member]);
    expect(outbox[0]).toMatchObject({
      templateId,
      // A page of the app as declared in app.config.ts, or WeChat refuses the message (41030).
      page: `packages/notice/detail/index?id=${pushed._id}`,
      data: { thing1: { value: '关于缴纳党费的通知' } },
    });
    expect(ok(await t.call(ID.secretary, 'notice', 'stats', { id: pushed._id })).pushed).toBe(1);

    const ledger = async (openid: string) => {
      const me = ok(await t.call(openid, 'member', 'me', {})) as { member: { _id: string } };
      const { data } = (await db
        .collection('subscriptions')
        .doc(`${me.member._id}:${templateId}`)
        .get()) as unknown as {
        data: { quota: number };
      };
      return data.quota;
    };
    expect(await ledger(ID.member)).toBe(0);
    expect(await ledger(ID.secretary)).toBe(0);
  });

  it('has nothing left to send on the next run', async () => {
    const run = JSON.parse((await t.cloud.functions.runTimer('notice')).json) as Record<
      string,
      number
    >;
    expect(run).toMatchObject({ sent: 0, no_quota: 0 });
  });

  it('ignores a timer-shaped event from a client', async () => {
    const reply = await t.post('notice', { Type: 'Timer', TriggerName: 'drainOutbox' }, ID.member);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('reminds the unread once a day, saying first who gets a WeChat message and who only the 消息中心', async () => {
    // Nobody has a send left: a reminder would reach every unread member in 消息中心 only.
    const preview = ok(
      await t.call(ID.secretary, 'notice', 'remind', { id: pushed._id, dryRun: true }),
    );
    expect(preview).toEqual({ wechat: 0, inboxOnly: 14, alreadyToday: false });

    ok(
      await t.call(ID.member, 'notice', 'subscribe', {
        templateIds: [templateId],
        accepted: [templateId],
      }),
    );
    t.cloud.openapi.setQuota(ID.member, templateId, 1);
    t.cloud.openapi.clearOutbox();
    const first = ok(await t.call(ID.secretary, 'notice', 'remind', { id: pushed._id }));
    expect(first).toEqual({ wechat: 1, inboxOnly: 13, alreadyToday: false });
    const second = ok(await t.call(ID.secretary, 'notice', 'remind', { id: pushed._id }));
    expect(second).toEqual({ wechat: 0, inboxOnly: 0, alreadyToday: true });

    // Only the message WeChat can deliver is queued, and it is sent.
    const run = JSON.parse((await t.cloud.functions.runTimer('notice')).json) as Record<
      string,
      number
    >;
    expect(run).toMatchObject({ sent: 1, no_quota: 0 });
    expect(t.cloud.openapi.outbox().map((m) => m.touser)).toEqual([ID.member]);
    // A reminder reaches someone already counted as pushed.
    expect(ok(await t.call(ID.secretary, 'notice', 'stats', { id: pushed._id })).pushed).toBe(1);
  });
});
