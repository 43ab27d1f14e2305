import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code } from '../support/replies';
import { record } from '../support/member-record';

let t: TestCloud;
let self: string; // demo-member's member id, in 综合办公室党支部
let other: string; // demo-member-2's member id, in 第一采区党支部

beforeAll(async () => {
  t = await startTestCloud();
  self = await t.memberId(ID.member);
  other = await t.memberId(ID.member2);
});
afterAll(() => t.close());

describe('who may read a member (member.get)', () => {
  it.each([
    ['the member themself', ID.member, 'self', 'OK'],
    ['the secretary of their branch', ID.secretary, 'self', 'OK'],
    ['the 党委 admin', ID.admin, 'self', 'OK'],
    ['the admin of another 总支', ID.prodAdmin, 'self', 'FORBIDDEN'],
    ['an unbound visitor', ID.visitor, 'self', 'UNAUTHENTICATED'],
    ['a secretary guessing a member id of another branch', ID.secretary, 'other', 'FORBIDDEN'],
    ['an ordinary member reading another branch', ID.member, 'other', 'FORBIDDEN'],
    ['the admin of that other branch’s 总支', ID.prodAdmin, 'other', 'OK'],
  ])('%s → %s', async (_who, openid, target, expected) => {
    expect(
      code(await t.call(openid, 'member', 'get', { id: target === 'self' ? self : other })),
    ).toBe(expected);
  });

  it('answers NOT_FOUND for an id that does not exist', async () => {
    expect(code(await t.call(ID.admin, 'member', 'get', { id: 'no-such-member' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('masks the ID number and phone and says who may reveal them', async () => {
    const reply = await t.call(ID.secretary, 'member', 'get', { id: self });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(record(reply.data).idNumberMasked).toBe('*'.repeat(18));
    expect(record(reply.data).phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(reply.data).toMatchObject({ canManage: true, canReveal: false });
    expect(JSON.stringify(reply.data)).not.toMatch(/\d{17}[\dX]|1\d{10}|Enc/);
  });
});

describe('who may list a roster (member.list)', () => {
  it.each([
    ['a member, their own branch', ID.member, 'org-b-office', 'OK'],
    ['the secretary, their branch', ID.secretary, 'org-b-office', 'OK'],
    ['the secretary, the whole 党委', ID.secretary, 'org-root', 'FORBIDDEN'],
    ['the secretary, another branch', ID.secretary, 'org-b-mine1', 'FORBIDDEN'],
    ['the admin of another 总支', ID.prodAdmin, 'org-b-office', 'FORBIDDEN'],
    ['the admin of that 总支, its own subtree', ID.prodAdmin, 'org-zz-prod', 'OK'],
    ['an unbound visitor', ID.visitor, 'org-b-office', 'UNAUTHENTICATED'],
  ])('%s → %s', async (_who, openid, orgId, expected) => {
    expect(code(await t.call(openid, 'member', 'list', { orgId }))).toBe(expected);
  });

  it('pages through the whole 党委 by branch then name, without repeats, never unmasked', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const reply = await t.call(ID.admin, 'member', 'list', { orgId: 'org-root', cursor });
      if (!reply.ok) throw new Error(reply.error.message);
      expect(JSON.stringify(reply.data)).not.toMatch(/\d{17}[\dX]|1\d{10}/);
      seen.push(...reply.data.items.map((m) => m._id));
      cursor = reply.data.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(120);
    expect(pages).toBe(6);
  });

  it('searches by name within the organisation', async () => {
    const me = await t.call(ID.member, 'member', 'get', { id: self });
    if (!me.ok) throw new Error(me.error.message);
    const reply = await t.call(ID.secretary, 'member', 'list', {
      orgId: 'org-b-office',
      q: me.data.name.slice(1),
    });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data.items.map((m) => m._id)).toContain(self);
    expect(reply.data.items.every((m) => m.orgId === 'org-b-office')).toBe(true);
  });

  it('refuses a cursor from another organisation', async () => {
    const first = await t.call(ID.admin, 'member', 'list', { orgId: 'org-root' });
    if (!first.ok || !first.data.nextCursor) throw new Error('expected a second page');
    const reply = await t.call(ID.admin, 'member', 'list', {
      orgId: 'org-b-office',
      cursor: first.data.nextCursor,
    });
    expect(code(reply)).toBe('INVALID_ARGUMENT');
  });
});

describe('full ID and phone numbers (member.reveal) and the audit log', () => {
  it('shows the member their own numbers and an admin anyone’s below them, refusing the rest', async () => {
    expect(code(await t.call(ID.member, 'member', 'reveal', { id: self }))).toBe('OK');
    expect(code(await t.call(ID.admin, 'member', 'reveal', { id: self }))).toBe('OK');
    expect(code(await t.call(ID.secretary, 'member', 'reveal', { id: self }))).toBe('FORBIDDEN');
    expect(code(await t.call(ID.prodAdmin, 'member', 'reveal', { id: self }))).toBe('FORBIDDEN');
    expect(code(await t.call(ID.member, 'member', 'reveal', { id: other }))).toBe('FORBIDDEN');
  });

  it('reveals a valid ID number that matches the mask', async () => {
    const full = await t.call(ID.admin, 'member', 'reveal', { id: self });
    const masked = await t.call(ID.admin, 'member', 'get', { id: self });
    if (!full.ok || !masked.ok) throw new Error('expected both to succeed');
    const id = full.data.idNumber as string;
    expect(id).toMatch(/^\d{17}[\dX]$/);
    expect(record(masked.data).idNumberMasked).toBe(`**************${id.slice(-4)}`);
  });

  it('logs each full read with who, whom and when, for the admins above only', async () => {
    const reply = await t.call(ID.admin, 'member', 'auditLog', {});
    if (!reply.ok) throw new Error(reply.error.message);
    const me = await t.call(ID.member, 'member', 'get', { id: self });
    if (!me.ok) throw new Error(me.error.message);
    const reads = reply.data.items.filter(
      (e) => e.targetName === me.data.name && e.action === 'reveal',
    );
    expect(reads.length).toBeGreaterThanOrEqual(3);
    for (const e of reads) expect(Date.now() - Date.parse(e.at)).toBeLessThan(120_000);
    expect(new Set(reads.map((e) => e.actorName)).size).toBe(2);

    const prod = await t.call(ID.prodAdmin, 'member', 'auditLog', {});
    if (!prod.ok) throw new Error(prod.error.message);
    expect(prod.data.items.filter((e) => e.targetName === me.data.name)).toEqual([]);
    expect(code(await t.call(ID.secretary, 'member', 'auditLog', {}))).toBe('FORBIDDEN');
  });
});

describe('editing a member (member.update)', () => {
  it('lets the secretary edit their branch and maintains the branch counts', async () => {
    const before = await t.call(ID.admin, 'member', 'orgTree', { rootId: 'org-b-office' });
    const reply = await t.call(ID.secretary, 'member', 'update', {
      id: self,
      post: '文秘科长',
      status: '预备',
      fullMemberDate: null,
    });
    expect(code(reply)).toBe('OK');
    const after = await t.call(ID.admin, 'member', 'orgTree', { rootId: 'org-b-office' });
    if (!before.ok || !after.ok) throw new Error('orgTree failed');
    expect(after.data.items[0].fullMemberCount).toBe(before.data.items[0].fullMemberCount - 1);
    await t.call(ID.secretary, 'member', 'update', {
      id: self,
      status: '正式',
      fullMemberDate: '2020-07-01',
    });
  });

  it('refuses edits from outside the branch and changes nothing', async () => {
    const before = await t.call(ID.admin, 'member', 'get', { id: other });
    for (const openid of [ID.secretary, ID.member, ID.visitor]) {
      const reply = await t.call(openid, 'member', 'update', { id: other, name: '篡改' });
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(code(reply));
    }
    expect(await t.call(ID.admin, 'member', 'get', { id: other })).toEqual(before);
  });

  it('refuses a wrong ID checksum naming the field, and changes nothing', async () => {
    const before = await t.call(ID.admin, 'member', 'get', { id: self });
    const reply = await t.call(ID.secretary, 'member', 'update', {
      id: self,
      idNumber: '110105194912310021',
    });
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'idNumber' }),
    });
    expect(await t.call(ID.admin, 'member', 'get', { id: self })).toEqual(before);
  });
});

describe('creating and moving members', () => {
  const fields = {
    name: '测试新党员',
    gender: '女' as const,
    ethnicity: '汉族',
    birthDate: '1949-12-31',
    idNumber: '11010519491231002X',
    education: '大学本科',
    nativePlace: '北京',
    phone: '13912345678',
    workStartDate: '1970-01-01',
    joinedDate: '1975-07-01',
    fullMemberDate: '1976-07-01',
    status: '正式' as const,
    post: '工程师',
    mobile: false,
  };

  it('adds a member to the secretary’s branch once: the same ID number again is a CONFLICT', async () => {
    const first = await t.call(ID.secretary, 'member', 'create', {
      ...fields,
      orgId: 'org-b-office',
    });
    expect(code(first)).toBe('OK');
    const again = await t.call(ID.secretary, 'member', 'create', {
      ...fields,
      orgId: 'org-b-office',
      confirmDuplicate: true,
    });
    expect(again).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'CONFLICT', field: 'idNumber' }),
    });
  });

  it('refuses a secretary adding to another branch, or anyone adding to a 总支', async () => {
    expect(
      code(
        await t.call(ID.secretary, 'member', 'create', {
          ...fields,
          idNumber: null,
          idNumberUnknownReason: '档案待补',
          orgId: 'org-b-mine1',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await t.call(ID.admin, 'member', 'create', {
          ...fields,
          idNumber: null,
          idNumberUnknownReason: '档案待补',
          orgId: 'org-zz-hq',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  it('moves a member within the admin’s scope, keeping both branches’ counts right', async () => {
    const tree = async () => {
      const reply = await t.call(ID.admin, 'member', 'orgTree', {});
      if (!reply.ok) throw new Error(reply.error.message);
      return Object.fromEntries(reply.data.items.map((o) => [o._id, o.memberCount]));
    };
    const before = await tree();
    expect(
      code(await t.call(ID.secretary, 'member', 'move', { id: self, orgId: 'org-b-finance' })),
    ).toBe('FORBIDDEN');
    expect(
      code(await t.call(ID.admin, 'member', 'move', { id: self, orgId: 'org-b-finance' })),
    ).toBe('OK');
    const after = await tree();
    expect(after['org-b-office']).toBe(before['org-b-office'] - 1);
    expect(after['org-b-finance']).toBe(before['org-b-finance'] + 1);
    expect(code(await t.call(ID.secretary, 'member', 'get', { id: self }))).toBe('FORBIDDEN');
    expect(
      code(await t.call(ID.admin, 'member', 'move', { id: self, orgId: 'org-b-office' })),
    ).toBe('OK');
  });
});

describe('the organisation tree (member.orgTree)', () => {
  it('gives the 党委 admin every organisation, parents first, with warnings by rule', async () => {
    const reply = await t.call(ID.admin, 'member', 'orgTree', {});
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data.items).toHaveLength(11);
    expect(reply.data.items[0]).toMatchObject({ _id: 'org-root', type: '党委', depth: 0 });
    const safety = reply.data.items.find((o) => o._id === 'org-b-safety');
    expect(safety?.fullMemberCount).toBeLessThan(7);
    expect(safety?.warnings.map((w) => w.code)).not.toContain('NEEDS_COMMITTEE');
  });

  it('gives a member only their own branch, and refuses the 党委', async () => {
    const reply = await t.call(ID.member, 'member', 'orgTree', {});
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data.items.map((o) => o._id)).toEqual(['org-b-office']);
    expect(code(await t.call(ID.member, 'member', 'orgTree', { rootId: 'org-root' }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('every managing action refuses callers outside the branch, changing nothing', () => {
  const actions = (id: string) =>
    [
      ['get', { id }],
      ['reveal', { id }],
      ['update', { id, post: '篡改' }],
      ['move', { id, orgId: 'org-b-finance' }],
      ['issueInvite', { memberId: id }],
      ['revokeInvite', { memberId: id }],
      ['unbind', { memberId: id }],
      ['list', { orgId: 'org-b-office' }],
      ['exportRoster', { orgId: 'org-b-office' }],
      ['orgTree', { rootId: 'org-b-office' }],
    ] as const;

  it.each([
    ['the admin of another 总支', ID.prodAdmin, 'FORBIDDEN'],
    ['an unbound visitor', ID.visitor, 'UNAUTHENTICATED'],
    ['a caller without a WeChat identity', null, 'UNAUTHENTICATED'],
  ])('%s → %s', async (_who, openid, expected) => {
    const before = await t.call(ID.admin, 'member', 'get', { id: self });
    for (const [action, data] of actions(self)) {
      const reply = await t.post('member', { action, data }, openid);
      expect([action, code(reply.body)]).toEqual([action, expected]);
    }
    expect(await t.call(ID.admin, 'member', 'get', { id: self })).toEqual(before);
  });

  it('an ordinary member may read their branch but manage nothing', async () => {
    const before = await t.call(ID.admin, 'member', 'get', { id: self });
    const readable = new Set(['get', 'list', 'orgTree', 'reveal']);
    for (const [action, data] of actions(self)) {
      const reply = await t.post('member', { action, data }, ID.member);
      expect([action, code(reply.body)]).toEqual([
        action,
        readable.has(action) ? 'OK' : 'FORBIDDEN',
      ]);
    }
    expect(await t.call(ID.admin, 'member', 'get', { id: self })).toEqual(before);
  });
});
