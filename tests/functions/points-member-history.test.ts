import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { LedgerItem, MemberHistory } from '../../typings';
import type { PointEntryDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

let t: TestCloud;
let member: string; // demo-member, 综合办公室党支部 (机关党总支)
let member2: string; // demo-member-2, 第一采区党支部 (生产运营党总支)

/** The local cloud's clock stands here (docs/cloudbase-protocol.md §4.5). */
const NOW = '2026-06-17T10:00:00+08:00';

/** Entries of one member written at the same instant, an hour ago: pages must break the tie by id. */
function sameInstant(memberId: string, count: number): PointEntryDoc[] {
  const at = new Date(Date.parse(NOW) - 3_600_000);
  return Array.from({ length: count }, (_, i) => ({
    _id: `attend_meeting:${memberId}:tie-${String(i).padStart(2, '0')}`,
    memberId,
    orgId: 'org-b-office',
    orgPath: '/org-root/org-zz-hq/org-b-office/',
    rule: 'attend_meeting',
    ruleVersion: 0,
    points: 3,
    capped: false,
    sourceId: `tie-${i}`,
    at,
    day: '20260617',
    grantedBy: null,
    reason: null,
    reverses: null,
  }));
}

beforeAll(async () => {
  t = await startTestCloud({ at: NOW });
  member = await t.memberId(ID.member);
  member2 = await t.memberId(ID.member2);
  t.cloud.db.insertMany('point_ledger', sameInstant(member, 25));
});
afterAll(() => t.close());

/** Every page of a member's history as `openid` sees it, with each page's database operations. */
async function wholeHistory(openid: string, memberId: string) {
  const items: LedgerItem[] = [];
  const ops: number[] = [];
  const cursors: (string | null)[] = [];
  let cursor: string | undefined;
  do {
    const res = await t.post(
      'points',
      { action: 'memberHistory', data: { memberId, cursor } },
      openid,
    );
    const page = ok(res.body as { ok: true; data: MemberHistory });
    items.push(...page.items);
    ops.push(res.dbOps);
    cursors.push(page.nextCursor);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { items, ops, cursors };
}

describe('who sees a member’s ledger (points.memberHistory)', () => {
  it.each([
    ['the secretary, a member of their branch', ID.secretary, 'member', 'OK'],
    ['the 党委 admin, any member', ID.admin, 'member', 'OK'],
    ['the admin of that 总支', ID.prodAdmin, 'member2', 'OK'],
    ['the secretary, a member of another branch', ID.secretary, 'member2', 'FORBIDDEN'],
    ['the admin of another 总支', ID.prodAdmin, 'member', 'FORBIDDEN'],
    ['an ordinary member, a member of their branch', ID.member, 'secretary', 'FORBIDDEN'],
    ['an ordinary member, themself', ID.member, 'member', 'FORBIDDEN'],
    ['an unbound visitor', ID.visitor, 'member', 'UNAUTHENTICATED'],
    ['a caller WeChat does not identify', null, 'member', 'UNAUTHENTICATED'],
  ] as const)('%s (%s reads %s) → %s', async (_who, openid, target, expected) => {
    const memberId =
      target === 'member'
        ? member
        : target === 'member2'
          ? member2
          : await t.memberId(ID.secretary);
    expect(code(await t.call(openid, 'points', 'memberHistory', { memberId }))).toBe(expected);
  });

  it('answers NOT_FOUND for a member who does not exist', async () => {
    expect(
      code(await t.call(ID.secretary, 'points', 'memberHistory', { memberId: 'no-such-member' })),
    ).toBe('NOT_FOUND');
  });

  it('names the member and their branch, and offers reversal to admins only', async () => {
    const bySecretary = ok(
      await t.call(ID.secretary, 'points', 'memberHistory', { memberId: member }),
    );
    const [doc] = t.cloud.db.find('members', { _id: member }) as unknown as { name: string }[];
    expect(bySecretary.member).toEqual({
      _id: member,
      name: doc.name,
      orgName: '综合办公室党支部',
    });
    expect(bySecretary.canReverse).toBe(false);
    const byAdmin = ok(await t.call(ID.admin, 'points', 'memberHistory', { memberId: member }));
    expect(byAdmin.canReverse).toBe(true);
  });
});

describe('paging through a member’s ledger', () => {
  it('lists every entry once, newest first, ending with a null cursor, in 3 operations a page', async () => {
    const { items, ops, cursors } = await wholeHistory(ID.secretary, member);
    const stored = t.cloud.db.find('point_ledger', {
      memberId: member,
    }) as unknown as PointEntryDoc[];
    expect(stored.length).toBeGreaterThan(20);
    expect(ops.length).toBeGreaterThan(1);
    expect(items.map((e) => e._id).sort()).toEqual(stored.map((e) => e._id).sort());
    expect(new Set(items.map((e) => e._id)).size).toBe(items.length);
    const times = items.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(cursors.at(-1)).toBeNull();
    expect(Math.max(...ops)).toBeLessThanOrEqual(3);
  });

  it('is the same list the member sees as their own history', async () => {
    const own = ok(await t.call(ID.member, 'points', 'history', {}));
    const seen = ok(await t.call(ID.secretary, 'points', 'memberHistory', { memberId: member }));
    expect(seen.items).toEqual(own.items);
  });

  it('refuses a forged cursor', async () => {
    const reply = await t.call(ID.secretary, 'points', 'memberHistory', {
      memberId: member,
      cursor: 'bm90LWEtY3Vyc29y',
    });
    expect(code(reply)).toBe('INVALID_ARGUMENT');
  });
});

describe('reversing an entry found in a member’s history', () => {
  it('writes the reversal, which then heads the history and names the entry it cancels', async () => {
    const before = ok(await t.call(ID.admin, 'points', 'memberHistory', { memberId: member2 }));
    const entry = before.items.find((e) => e.rule !== 'reversal' && e.points !== 0);
    if (!entry) throw new Error('no reversible entry');
    const reversed = ok(
      await t.call(ID.admin, 'points', 'reverse', {
        entryId: entry._id,
        reason: '重复计分，予以冲正',
      }),
    );
    expect(reversed.points).toBe(-entry.points);

    const after = ok(await t.call(ID.admin, 'points', 'memberHistory', { memberId: member2 }));
    expect(after.items[0]).toMatchObject({
      _id: reversed.entryId,
      rule: 'reversal',
      points: -entry.points,
      reason: '重复计分，予以冲正',
      reverses: entry._id,
    });
    const { items } = await wholeHistory(ID.admin, member2);
    expect(items.filter((e) => e._id === entry._id)).toHaveLength(1);
    expect(
      code(await t.call(ID.admin, 'points', 'reverse', { entryId: entry._id, reason: '再冲一次' })),
    ).toBe('CONFLICT');
  });
});
