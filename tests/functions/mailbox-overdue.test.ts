import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { LetterDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

/**
 * docs/domain.md §8.5: a letter past its deadline without an answer is flagged to its recipient
 * and counted on the supervision figures of every organisation above it — by the deadline timer,
 * into maintained counters — and an answer takes it off them.
 */

let t: TestCloud;
let letterId: string;

const overdueOf = async (openid: string, orgId?: string) =>
  ok(await t.call(openid, 'mailbox', 'stats', orgId ? { orgId } : {})).overdue;
/** Letters of `orgId`'s subtree past their deadline and unanswered, as the database holds them. */
const overdueIn = (orgId: string, today: string) =>
  (t.cloud.db.find('mailbox_letters') as unknown as LetterDoc[]).filter(
    (l) =>
      l.orgPath.split('/').includes(orgId) &&
      ['未读', '已读', '处理中'].includes(l.status) &&
      l.deadline < today,
  ).length;
const stored = (id: string) =>
  t.cloud.db.find('mailbox_letters', { _id: id })[0] as unknown as LetterDoc;
const runTimer = async () =>
  JSON.parse((await t.cloud.functions.runTimer('mailbox')).json) as {
    flagged: number;
    dropped: number;
  };

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-07T10:00:00+08:00' });
  ({ letterId } = ok(
    await t.call(ID.member, 'mailbox', 'send', {
      to: 'branch',
      text: '党员活动室的投影仪坏了，下周的主题党日要用。',
      anonymous: true,
    }),
  ));
});
afterAll(() => t.close());

describe('overdue letters on the higher 党委 figures', () => {
  it('starts from the demo letters already overdue, counted where they were seeded', async () => {
    expect(await runTimer()).toMatchObject({ flagged: 0 });
    expect(await overdueOf(ID.admin)).toBe(overdueIn('org-root', '2026-12-07'));
    expect(await overdueOf(ID.admin, 'org-b-office')).toBe(overdueIn('org-b-office', '2026-12-07'));
  });

  it('counts a letter once its deadline has passed, on every organisation above it', async () => {
    t.cloud.clock.advance(7 * 24 * 3600 * 1000);
    await runTimer();
    expect(stored(letterId).overdue).toBe(false);
    t.cloud.clock.advance(24 * 3600 * 1000);
    expect((await runTimer()).flagged).toBeGreaterThanOrEqual(1);
    expect(stored(letterId).overdue).toBe(true);
    expect(await runTimer()).toMatchObject({ flagged: 0 });
    expect(await overdueOf(ID.admin)).toBe(overdueIn('org-root', '2026-12-15'));
    expect(await overdueOf(ID.secretary)).toBe(overdueIn('org-b-office', '2026-12-15'));
    expect(await overdueOf(ID.prodAdmin)).toBe(overdueIn('org-zz-prod', '2026-12-15'));
    const inbox = ok(await t.call(ID.secretary, 'mailbox', 'inbox', {})).items;
    expect(inbox.find((l) => l._id === letterId)?.overdue).toBe(true);
  });

  it('drops the counters of past days: the writer’s quota of the day they wrote', async () => {
    const days = () => t.cloud.db.find('mailbox_limits').map((l) => l.day);
    expect(days()).toEqual([]);
    await t.call(ID.member, 'mailbox', 'byTicket', { ticket: '1'.repeat(20) });
    expect(days()).toEqual(['2026-12-15', '2026-12-15']);
  });

  it('the higher admin sees the figure but not the letter', async () => {
    expect(code(await t.call(ID.admin, 'mailbox', 'open', { letterId }))).toBe('FORBIDDEN');
  });

  it('takes an answered letter off the figures', async () => {
    const before = await overdueOf(ID.admin);
    ok(await t.call(ID.secretary, 'mailbox', 'reply', { letterId, text: '已报修，周五前换好。' }));
    expect(await overdueOf(ID.admin)).toBe(before - 1);
    expect(await overdueOf(ID.secretary, 'org-b-office')).toBe(
      overdueIn('org-b-office', '2026-12-15'),
    );
  });

  it('gives a reopened letter the answer time again, and counts it once that has passed', async () => {
    const { letterId: reopened, ticket } = ok(
      await t.call(ID.member, 'mailbox', 'send', {
        to: 'branch',
        text: '会议室的空调漏水，地毯都湿了。',
        anonymous: true,
      }),
    );
    ok(await t.call(ID.secretary, 'mailbox', 'reply', { letterId: reopened, text: '已报修。' }));
    t.cloud.clock.advance(10 * 24 * 3600 * 1000);
    ok(await t.call(ID.member, 'mailbox', 'reopen', { ticket: ticket ?? '', text: '还在漏。' }));
    // Reopened on 12-25, ten days past its first deadline: due again seven days on.
    expect(stored(reopened).deadline).toBe('2027-01-01');
    const before = await overdueOf(ID.admin);
    await runTimer();
    expect(await overdueOf(ID.admin)).toBe(before);
    expect(stored(reopened).overdue).toBe(false);
    t.cloud.clock.advance(8 * 24 * 3600 * 1000);
    await runTimer();
    expect(stored(reopened).overdue).toBe(true);
    expect(await overdueOf(ID.admin)).toBe(before + 1);
    expect(await overdueOf(ID.admin)).toBe(overdueIn('org-root', '2027-01-02'));
  });
});
