import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { sdkFor } from '../support/sdk';
import { record } from '../support/member-record';

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;

/** An unbound member of the secretary's branch, and a fresh code for them. */
async function unboundMemberWithCode() {
  const roster = await t.call(ID.secretary, 'member', 'list', { orgId: 'org-b-office' });
  if (!roster.ok) throw new Error(roster.error.message);
  const used = new Set(issued);
  const target = roster.data.items.map(record).find((m) => !m.bound && !used.has(m._id));
  if (!target) throw new Error('no unbound member left');
  issued.push(target._id);
  const invite = await t.call(ID.secretary, 'member', 'issueInvite', { memberId: target._id });
  if (!invite.ok) throw new Error(invite.error.message);
  return { target, code: invite.data.code, expiresAt: invite.data.expiresAt };
}
const issued: string[] = [];

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
});
afterAll(() => t.close());

describe('binding a WeChat user with an invite code', () => {
  it('issues a short readable code that expires in 7 days', async () => {
    const { code, expiresAt } = await unboundMemberWithCode();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const days = (Date.parse(expiresAt) - Date.now()) / 86400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
  });

  it('binds once; the visitor then sees their branch; a second use is refused', async () => {
    const { target, code } = await unboundMemberWithCode();
    const bound = await t.call('wx-new-user-1', 'member', 'bind', {
      code: code.toLowerCase().replace(/(.{4})/, '$1-'),
    });
    expect(bound).toEqual({
      ok: true,
      data: expect.objectContaining({
        bound: true,
        org: expect.objectContaining({ name: '综合办公室党支部' }),
      }),
    });
    const me = await t.call('wx-new-user-1', 'member', 'me', {});
    expect(me.ok && me.data.bound && me.data.member._id).toBe(target._id);

    const again = await t.call('wx-new-user-2', 'member', 'bind', { code });
    expect(again).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_ARGUMENT', message: '该邀请码已被使用' }),
    });
    expect(await t.call('wx-new-user-2', 'member', 'me', {})).toEqual({
      ok: true,
      data: { bound: false },
    });
  });

  it('refuses an expired code', async () => {
    const { code } = await unboundMemberWithCode();
    await db
      .collection('invites')
      .doc(code)
      .update({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const reply = await t.call('wx-new-user-3', 'member', 'bind', { code });
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({ message: '该邀请码已过期，请向支部书记重新索取' }),
    });
  });

  it('refuses a revoked code, and a code replaced by a newer one', async () => {
    const { target, code } = await unboundMemberWithCode();
    const newer = await t.call(ID.secretary, 'member', 'issueInvite', { memberId: target._id });
    expect((await t.call('wx-new-user-4', 'member', 'bind', { code })).ok).toBe(false);
    expect(await t.call(ID.secretary, 'member', 'revokeInvite', { memberId: target._id })).toEqual({
      ok: true,
      data: { revoked: 1 },
    });
    if (!newer.ok) throw new Error(newer.error.message);
    const reply = await t.call('wx-new-user-4', 'member', 'bind', { code: newer.data.code });
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({ message: '该邀请码已作废，请向支部书记重新索取' }),
    });
  });

  it('refuses the sixth wrong try in an hour, even with a good code', async () => {
    for (let i = 0; i < 5; i++) {
      const reply = await t.call('wx-guesser', 'member', 'bind', { code: `WRONG${i}AA` });
      expect(reply).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'code' }),
      });
    }
    const { code } = await unboundMemberWithCode();
    const sixth = await t.call('wx-guesser', 'member', 'bind', { code });
    expect(sixth).toEqual({ ok: false, error: expect.objectContaining({ code: 'RATE_LIMITED' }) });
    expect((await t.call('wx-someone-else', 'member', 'bind', { code })).ok).toBe(true);
  });

  it('lets only the secretary of the branch issue codes, and not for a bound member', async () => {
    const roster = await t.call(ID.secretary, 'member', 'list', { orgId: 'org-b-office' });
    if (!roster.ok) throw new Error(roster.error.message);
    const items = roster.data.items.map(record);
    const unbound = items.find((m) => !m.bound && !issued.includes(m._id));
    const bound = items.find((m) => m.bound);
    for (const openid of [ID.member, ID.prodAdmin, ID.visitor]) {
      const reply = await t.call(openid, 'member', 'issueInvite', { memberId: unbound!._id });
      expect(reply.ok).toBe(false);
    }
    const reply = await t.call(ID.secretary, 'member', 'issueInvite', { memberId: bound!._id });
    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'CONFLICT' }) });
  });

  it('lets the secretary release a binding so the member can bind another WeChat account', async () => {
    const { target, code } = await unboundMemberWithCode();
    expect((await t.call('wx-old-phone', 'member', 'bind', { code })).ok).toBe(true);
    expect((await t.call(ID.member, 'member', 'unbind', { memberId: target._id })).ok).toBe(false);
    expect(await t.call(ID.secretary, 'member', 'unbind', { memberId: target._id })).toEqual({
      ok: true,
      data: { unbound: true },
    });
    expect(await t.call('wx-old-phone', 'member', 'me', {})).toEqual({
      ok: true,
      data: { bound: false },
    });
    const fresh = await t.call(ID.secretary, 'member', 'issueInvite', { memberId: target._id });
    if (!fresh.ok) throw new Error(fresh.error.message);
    expect((await t.call('wx-new-phone', 'member', 'bind', { code: fresh.data.code })).ok).toBe(
      true,
    );
  });

  it('refuses a bound user binding again', async () => {
    const { code } = await unboundMemberWithCode();
    const reply = await t.call(ID.member, 'member', 'bind', { code });
    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'CONFLICT' }) });
  });
});

describe('profile (member.updateProfile)', () => {
  it('saves a clean nickname and refuses a risky one', async () => {
    const ok = await t.call(ID.member, 'member', 'updateProfile', { nickname: '红色先锋' });
    expect(ok.ok && ok.data.bound && ok.data.member.nickname).toBe('红色先锋');
    const bad = await t.call(ID.member, 'member', 'updateProfile', { nickname: '__RISKY__' });
    expect(bad).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'CONTENT_REJECTED', field: 'nickname' }),
    });
    const me = await t.call(ID.member, 'member', 'me', {});
    expect(me.ok && me.data.bound && me.data.member.nickname).toBe('红色先锋');
  });

  it('refuses an avatar that is not the member’s own upload', async () => {
    const reply = await t.call(ID.member, 'member', 'updateProfile', {
      avatar: 'cloud://local.x/avatars/someone-else/a.png',
    });
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'avatar' }),
    });
  });
});
