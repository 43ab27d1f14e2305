import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { LetterDoc, MailboxStatsDoc } from '../../typings/documents';
import { LETTER_CATEGORIES, LETTER_STATUSES } from '../../typings/policy/mailbox';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

let t: TestCloud;
const letters = () => t.cloud.db.find('mailbox_letters') as unknown as LetterDoc[];

beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.close());

describe('the demo mailbox', () => {
  it("fills demo-secretary's inbox with every category and status, named and anonymous", async () => {
    const items = [];
    let cursor: string | undefined;
    do {
      const page = ok(await t.call(ID.secretary, 'mailbox', 'inbox', { cursor }));
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(items.map((l) => l.category))).toEqual(new Set(LETTER_CATEGORIES));
    expect(new Set(items.map((l) => l.status))).toEqual(new Set(LETTER_STATUSES));
    expect(items.some((l) => l.anonymous && l.writerName === null)).toBe(true);
    expect(items.some((l) => !l.anonymous && l.writerName)).toBe(true);
    expect(items.some((l) => l.kind === 'snap')).toBe(true);
    expect(items.some((l) => l.overdue)).toBe(true);
  });

  it('keeps every counter document equal to a recount of the letters', async () => {
    const stored = t.cloud.db.find('mailbox_stats') as unknown as MailboxStatsDoc[];
    expect(stored.length).toBeGreaterThan(0);
    for (const doc of stored) {
      const counted = letters().filter((l) =>
        doc._id.startsWith('box:')
          ? `box:${l.box}` === doc._id
          : l.orgPath.includes(`/${doc._id}/`),
      );
      expect({ id: doc._id, total: doc.total }).toEqual({ id: doc._id, total: counted.length });
      for (const status of LETTER_STATUSES)
        expect(doc.byStatus[status]).toBe(counted.filter((l) => l.status === status).length);
      for (const category of LETTER_CATEGORIES)
        expect(doc.byCategory[category]).toBe(
          counted.filter((l) => l.category === category).length,
        );
      expect(doc.replied).toBe(counted.filter((l) => l.repliedDay).length);
    }
    const { unread } = ok(await t.call(ID.secretary, 'mailbox', 'inbox', {}));
    expect(unread).toBe(
      letters().filter((l) => l.box === 'org-b-office:managers' && l.status === '未读').length,
    );
  });

  it('stores anonymous demo letters with nothing of a writer and a ticket hash only', () => {
    const anonymous = letters().filter((l) => l.anonymous);
    expect(anonymous.length).toBeGreaterThan(0);
    for (const l of anonymous) {
      expect(l).toMatchObject({ writerId: null, writerName: null });
      expect(l.ticketIndex).toMatch(/^[0-9a-f]{64}$/);
      expect(l.ticketHash).toMatch(/^\d+\$/);
    }
  });

  it("lists demo-member's named letters in 我的信件, and their photos open", async () => {
    const mine = ok(await t.call(ID.member, 'mailbox', 'mine', {}));
    expect(mine.items.length).toBeGreaterThanOrEqual(2);
    const withPhoto = letters().find((l) => l.box === 'org-b-office:managers' && l.photos.length);
    const seen = ok(await t.call(ID.secretary, 'mailbox', 'open', { letterId: withPhoto!._id }));
    expect((await fetch(seen.photos[0])).status).toBe(200);
  });

  it('shows a named letter with its replies to its writer only, never an anonymous one', async () => {
    const answered = letters().find(
      (l) => l.kind === 'letter' && l.status === '已答复' && !l.anonymous,
    );
    const mine = ok(await t.call(ID.member, 'mailbox', 'myLetter', { letterId: answered!._id }));
    expect(mine.replies[0]).toMatchObject({ from: 'recipient', text: answered!.replies[0].text });
    expect(code(await t.call(ID.member2, 'mailbox', 'myLetter', { letterId: answered!._id }))).toBe(
      'FORBIDDEN',
    );
    const anonymous = letters().find((l) => l.anonymous);
    expect(code(await t.call(ID.member, 'mailbox', 'myLetter', { letterId: anonymous!._id }))).toBe(
      'FORBIDDEN',
    );
  });
});
