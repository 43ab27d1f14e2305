import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { RequestOf } from '../../typings/functions';
import type { ActivityDoc } from '../../typings/documents';
import { sdkFor } from '../support/sdk';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
let secretaryId: string;

const countOf = async (collection: string, where: object) =>
  ((await db.collection(collection).where(where).count()) as unknown as { total: number }).total;
const noticesOf = (activityId: string) => countOf('notices', { 'link.id': activityId });
const savedPlan = async (activityId: string) =>
  ((await db.collection('activities').doc(activityId).get()) as unknown as { data: ActivityDoc })
    .data;
const unread = async (openid: string) => ok(await t.call(openid, 'notice', 'inbox', {})).unread;
const inboxIds = async (openid: string) =>
  ok(await t.call(openid, 'notice', 'inbox', {})).items.map((n) => n._id);

const planning = (over: Partial<RequestOf<'activity', 'plan'>> = {}) => ({
  type: '主题党日' as const,
  topic: '学习贯彻党的二十届四中全会精神',
  startsAt: '2026-12-18T14:30:00+08:00',
  endsAt: '2026-12-18T16:00:00+08:00',
  place: '三楼党员活动室',
  materials: '全会公报',
  ...over,
});

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-01T09:00:00+08:00' });
  db = sdkFor(t.url).database();
  secretaryId = await t.memberId(ID.secretary);
});
afterAll(() => t.close());

describe('the demo', () => {
  it('has the month’s planned activities announced to demo-member, read, each leading to its plan', async () => {
    const inbox = ok(await t.call(ID.member, 'notice', 'inbox', {}));
    const details = await Promise.all(
      inbox.items.map(async (n) => ok(await t.call(ID.member, 'notice', 'get', { id: n._id }))),
    );
    const announced = details.filter((d) => d.link?.kind === 'activity');
    expect(announced.length).toBeGreaterThan(0);
    for (const notice of announced) {
      expect(inbox.items.find((n) => n._id === notice._id)?.read).toBe(true);
      const plan = ok(await t.call(ID.member, 'activity', 'get', { activityId: notice.link!.id }));
      expect(plan.status).toBe('planned');
      expect(notice.title).toBe(`${plan.type}：${plan.topic}`);
    }
  });
});

describe('publishing a plan sends a notice to those due (docs/domain.md §2.11)', () => {
  let activityId: string;
  let noticeId: string;
  let before: { member: number; member2: number; secretary: number };

  it('puts the notice in a due member’s inbox, leading to the plan', async () => {
    before = {
      member: await unread(ID.member),
      member2: await unread(ID.member2),
      secretary: await unread(ID.secretary),
    };
    ({ activityId } = ok(
      await t.call(ID.secretary, 'activity', 'plan', planning({ requestId: 'plan-notice-01' })),
    ));
    const inbox = ok(await t.call(ID.member, 'notice', 'inbox', {}));
    expect(inbox.unread).toBe(before.member + 1);
    expect(inbox.items[0]).toMatchObject({
      title: '主题党日：学习贯彻党的二十届四中全会精神',
      read: false,
    });
    noticeId = inbox.items[0]._id;
    // Opening it reads it: the badge goes back to where it was.
    const notice = ok(await t.call(ID.member, 'notice', 'get', { id: noticeId }));
    expect(notice.link).toEqual({ kind: 'activity', id: activityId });
    expect(notice.body).toContain('时间：2026-12-18 14:30 至 16:00');
    expect(notice.body).toContain('地点：三楼党员活动室');
    expect(notice.body).toContain('学习材料：全会公报');
  });

  it('is not sent to the planner nor to another branch', async () => {
    expect(await inboxIds(ID.secretary)).not.toContain(noticeId);
    expect(await unread(ID.secretary)).toBe(before.secretary);
    expect(await inboxIds(ID.member2)).not.toContain(noticeId);
    expect(await unread(ID.member2)).toBe(before.member2);
  });

  it('counts those due but the planner as its recipients', async () => {
    const { due } = await savedPlan(activityId);
    const stats = ok(await t.call(ID.secretary, 'notice', 'stats', { id: noticeId }));
    expect(stats.recipients).toBe(due.length - 1);
  });

  it('sends no second notice when the plan is retried, one after another or side by side', async () => {
    const again = ok(
      await t.call(ID.secretary, 'activity', 'plan', planning({ requestId: 'plan-notice-01' })),
    );
    expect(again.activityId).toBe(activityId);
    await Promise.all(
      Array.from({ length: 8 }, () =>
        t.call(ID.secretary, 'activity', 'plan', planning({ requestId: 'plan-notice-01' })),
      ),
    );
    expect(await noticesOf(activityId)).toBe(1);
    expect(await countOf('notice_inbox', { noticeId, memberId: await t.memberId(ID.member) })).toBe(
      1,
    );
    expect(await unread(ID.member)).toBe(before.member);
  });

  it('sends ten plans planned side by side ten notices, each once', async () => {
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.call(ID.secretary, 'activity', 'plan', planning({ requestId: `plan-many-${i}` })),
      ),
    );
    for (const reply of replies) expect(await noticesOf(ok(reply).activityId)).toBe(1);
    expect(await unread(ID.member)).toBe(before.member + 10);
  });

  it('sends the notice on a retry when the first try stopped after saving the plan', async () => {
    const saved = await savedPlan(activityId);
    const stoppedId = `${secretaryId}-plan-stopped-1`;
    await db
      .collection('activities')
      .add({ data: { ...saved, _id: stoppedId, topic: '中途停止的计划' } });
    expect(await noticesOf(stoppedId)).toBe(0);
    ok(await t.call(ID.secretary, 'activity', 'plan', planning({ requestId: 'plan-stopped-1' })));
    expect(await noticesOf(stoppedId)).toBe(1);
    const [{ _id }] = (
      (await db.collection('notices').where({ 'link.id': stoppedId }).get()) as unknown as {
        data: { _id: string }[];
      }
    ).data;
    expect(ok(await t.call(ID.member, 'notice', 'get', { id: _id })).title).toBe(
      '主题党日：中途停止的计划',
    );
  });

  it('is sent to the committee alone when only the committee is due', async () => {
    const { activityId: committeeMeeting } = ok(
      await t.call(
        ID.secretary,
        'activity',
        'plan',
        planning({ type: '支委会', dueGroup: 'committee', requestId: 'plan-committee-1' }),
      ),
    );
    const { due } = await savedPlan(committeeMeeting);
    const memberId = await t.memberId(ID.member);
    expect(due.map((d) => d.memberId)).not.toContain(memberId);
    const [{ _id }] = (
      (await db.collection('notices').where({ 'link.id': committeeMeeting }).get()) as unknown as {
        data: { _id: string }[];
      }
    ).data;
    expect(await countOf('notice_inbox', { noticeId: _id })).toBe(due.length - 1);
    expect(await countOf('notice_inbox', { noticeId: _id, memberId })).toBe(0);
  });

  it('sends nothing when the plan is refused', async () => {
    const reply = await t.call(
      ID.member,
      'activity',
      'plan',
      planning({ requestId: 'plan-refused' }),
    );
    expect(code(reply)).toBe('FORBIDDEN');
    expect(await countOf('notices', { _id: `${await t.memberId(ID.member)}-plan-refused` })).toBe(
      0,
    );
  });
});

describe('copying last month announces each copy once', () => {
  it('sends a notice for every copied plan, and none when the copy is asked again', async () => {
    const before = await unread(ID.member);
    const { created } = ok(
      await t.call(ID.secretary, 'activity', 'copyLastMonth', { month: '2027-01' }),
    );
    expect(created).toBeGreaterThan(0);
    const copied = await countOf('activities', { orgId: 'org-b-office', month: '2027-01' });
    const afterFirst = await unread(ID.member);
    expect(afterFirst).toBeGreaterThan(before);
    expect(afterFirst - before).toBeLessThanOrEqual(copied);
    ok(await t.call(ID.secretary, 'activity', 'copyLastMonth', { month: '2027-01' }));
    expect(await unread(ID.member)).toBe(afterFirst);
  });
});
