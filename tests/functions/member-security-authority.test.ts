import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { InviteDoc, MemberDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { sdkFor } from '../support/sdk';
import { record } from '../support/member-record';

/**
 * Issue 11, finding 1: a manager of the branch the enterprise admin belongs to must not touch
 * that admin's binding or record. Whoever releases a binding and issues the next code decides
 * who holds org_admin over the whole enterprise.
 */

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
let adminId: string;
let secretaryId: string;
let ordinaryId: string;

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
  adminId = await t.memberId(ID.admin);
  secretaryId = await t.memberId(ID.secretary);
  ordinaryId = await t.memberId(ID.member);
});
afterAll(() => t.close());

/** Everything an attack on the admin's record could change. */
async function adminState() {
  const { data: member } = (await db.collection('members').doc(adminId).get()) as unknown as {
    data: MemberDoc;
  };
  const { data: binding } = (await db
    .collection('bindings')
    .where({ _id: ID.admin })
    .get()) as unknown as { data: unknown[] };
  const { data: invites } = (await db
    .collection('invites')
    .where({ memberId: adminId })
    .get()) as unknown as { data: InviteDoc[] };
  return { member, binding, invites };
}

const attacks = (orgId: string) =>
  [
    ['unbind', { memberId: '' }],
    ['issueInvite', { memberId: '' }],
    ['revokeInvite', { memberId: '' }],
    ['update', { id: '', name: '篡改', post: '篡改' }],
    ['move', { id: '', orgId }],
  ] as const;

async function expectEveryAttackRefused(openid: string, moveTo: string) {
  const before = await adminState();
  for (const [action, data] of attacks(moveTo)) {
    const target = 'memberId' in data ? { memberId: adminId } : { ...data, id: adminId };
    const reply = await t.post('member', { action, data: target }, openid);
    expect([action, reply.body]).toEqual([
      action,
      {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: '该党员在你管理范围以外的组织担任职务，只有其上级组织的管理员可以进行此操作',
        },
      },
    ]);
  }
  expect(await adminState()).toEqual(before);
  const me = ok(await t.call(ID.admin, 'member', 'me', {}));
  expect(me.bound && me.member._id).toBe(adminId);
}

describe('a branch secretary and the enterprise admin who is a member of their branch', () => {
  beforeAll(async () => {
    // The admin joins the secretary's branch; the secretary also holds the 书记 seat of
    // 财务党支部, so a move between the two is within their scope as a branch manager.
    ok(await t.call(ID.admin, 'member', 'move', { id: adminId, orgId: 'org-b-office' }));
    await db
      .collection('members')
      .doc(secretaryId)
      .update({
        data: {
          roles: db.command.push({
            code: 'secretary',
            title: '支部书记',
            orgId: 'org-b-finance',
            orgPath: '/org-root/org-zz-hq/org-b-finance/',
          }),
        },
      });
  });

  it('lets the secretary act on an ordinary member of the branch (the same actions)', async () => {
    ok(await t.call(ID.secretary, 'member', 'move', { id: ordinaryId, orgId: 'org-b-finance' }));
    ok(await t.call(ID.secretary, 'member', 'move', { id: ordinaryId, orgId: 'org-b-office' }));
    ok(await t.call(ID.secretary, 'member', 'update', { id: ordinaryId, post: '文秘' }));
    ok(await t.call(ID.secretary, 'member', 'revokeInvite', { memberId: ordinaryId }));
  });

  it('refuses unbind, issueInvite, revokeInvite, update and move of the admin; nothing changes', async () => {
    await expectEveryAttackRefused(ID.secretary, 'org-b-finance');
  });

  it('offers the secretary no management of the admin, as it does for an ordinary member', async () => {
    const canManage = async (id: string) =>
      record(ok(await t.call(ID.secretary, 'member', 'get', { id }))).canManage;
    expect(await canManage(adminId)).toBe(false);
    expect(await canManage(ordinaryId)).toBe(true);
  });

  it('still lets the admin edit their own record', async () => {
    ok(await t.call(ID.admin, 'member', 'update', { id: adminId, post: '党务干事' }));
  });
});

describe('the admin of a 总支 and the 党委 admin who is a member of one of its branches', () => {
  beforeAll(async () => {
    ok(await t.call(ID.admin, 'member', 'move', { id: adminId, orgId: 'org-b-mine1' }));
  });

  it('refuses every action on the 党委 admin, who outranks them; nothing changes', async () => {
    await expectEveryAttackRefused(ID.prodAdmin, 'org-b-mine2');
  });

  it('leaves the 党委 admin in charge: they can still move themselves', async () => {
    expect(
      code(await t.call(ID.admin, 'member', 'move', { id: adminId, orgId: 'org-b-party' })),
    ).toBe('OK');
  });
});
