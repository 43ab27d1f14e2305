import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { MemberDoc, PointEntryDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

/** The local cloud's clock stands here (docs/cloudbase-protocol.md §4.5). */
const NOW = '2026-06-17T10:00:00+08:00';

let t: TestCloud;
let member: MemberDoc; // demo-member, 综合办公室党支部
let entryId: string;

beforeAll(async () => {
  t = await startTestCloud({ at: NOW });
  const id = await t.memberId(ID.member);
  member = t.cloud.db.find('members', { _id: id })[0] as unknown as MemberDoc;
  const deduction = ok(
    await t.call(ID.secretary, 'points', 'adjust', {
      requestId: 'reqcorrection01',
      memberId: id,
      points: -3,
      reason: '未按时参加支部党员大会',
    }),
  );
  entryId = deduction.entryId;
});
afterAll(() => t.close());

describe('points.entry: what the correction page shows before an entry is corrected', () => {
  it('gives an admin above the member the entry, its points and reason, and whose it is', async () => {
    const found = ok(await t.call(ID.admin, 'points', 'entry', { entryId }));
    expect(found).toEqual({
      entry: expect.objectContaining({
        _id: entryId,
        rule: 'manual_deduct',
        ruleName: '违规扣减',
        points: -3,
        reason: '未按时参加支部党员大会',
      }),
      member: { _id: member._id, name: member.name, orgName: '综合办公室党支部' },
      refusal: null,
    });
  });

  it.each([
    ['the branch secretary, who may not correct', ID.secretary, 'FORBIDDEN'],
    ['an admin of another subtree', ID.prodAdmin, 'FORBIDDEN'],
    ['a member', ID.member2, 'FORBIDDEN'],
    ['a visitor not bound', ID.visitor, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_who, openid, expected) => {
    expect(code(await t.call(openid, 'points', 'entry', { entryId }))).toBe(expected);
  });

  it('answers NOT_FOUND for an entry that does not exist', async () => {
    const reply = await t.call(ID.admin, 'points', 'entry', { entryId: 'no-such-entry' });
    expect(code(reply)).toBe('NOT_FOUND');
  });

  it('says why an entry cannot be corrected: one’s own, or corrected already', async () => {
    const admin = t.cloud.db.find('members', { openid: ID.admin })[0] as unknown as MemberDoc;
    const own: PointEntryDoc = {
      _id: `attend_meeting:${admin._id}:own`,
      memberId: admin._id,
      orgId: admin.orgId,
      orgPath: admin.orgPath,
      rule: 'attend_meeting',
      ruleVersion: 0,
      points: 3,
      capped: false,
      sourceId: 'own',
      at: new Date(NOW),
      day: '20260617',
      grantedBy: null,
      reason: null,
      reverses: null,
    };
    t.cloud.db.insertMany('point_ledger', [own]);
    const mine = ok(await t.call(ID.admin, 'points', 'entry', { entryId: own._id }));
    expect(mine.refusal).toBe('不能更正自己的积分记录');

    ok(await t.call(ID.admin, 'points', 'reverse', { entryId, reason: '该次会议已请假' }));
    const again = ok(await t.call(ID.admin, 'points', 'entry', { entryId }));
    expect(again.refusal).toBe('该记录已更正，不能重复更正');
  });
});
