import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { MemberDoc, OrganisationDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { sdkFor } from '../support/sdk';

/**
 * Issue 11, finding 4: parallel moves of one member. The move is decided on the member as the
 * transaction reads it, so however many race, the member leaves a branch once and every
 * organisation's stored counts stay equal to a recount of the roster.
 */

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
let self: string;

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
  self = await t.memberId(ID.member);
});
afterAll(() => t.close());

type Counts = Pick<
  OrganisationDoc,
  'memberCount' | 'fullMemberCount' | 'subtreeMemberCount' | 'subtreeFullMemberCount'
>;

/** Each organisation's counts as stored, and as recounted from the members collection. */
async function storedAndRecounted() {
  const { data: orgs } = (await db.collection('organisations').limit(1000).get()) as unknown as {
    data: OrganisationDoc[];
  };
  const roster: Pick<MemberDoc, 'orgId' | 'orgPath' | 'status'>[] = [];
  for (;;) {
    const { data } = (await db
      .collection('members')
      .field({ orgId: true, orgPath: true, status: true })
      .orderBy('_id', 'asc')
      .skip(roster.length)
      .limit(1000)
      .get()) as unknown as { data: Pick<MemberDoc, 'orgId' | 'orgPath' | 'status'>[] };
    roster.push(...data);
    if (data.length < 1000) break;
  }
  const stored: Record<string, Counts> = {};
  const recounted: Record<string, Counts> = {};
  for (const o of orgs) {
    const { memberCount, fullMemberCount, subtreeMemberCount, subtreeFullMemberCount } = o;
    stored[o._id] = { memberCount, fullMemberCount, subtreeMemberCount, subtreeFullMemberCount };
    const own = roster.filter((m) => m.orgId === o._id);
    const under = roster.filter((m) => m.orgPath.startsWith(o.path));
    recounted[o._id] = {
      memberCount: own.length,
      fullMemberCount: own.filter((m) => m.status === '正式').length,
      subtreeMemberCount: under.length,
      subtreeFullMemberCount: under.filter((m) => m.status === '正式').length,
    };
  }
  return { stored, recounted };
}

async function branchOf(id: string): Promise<string> {
  const { data } = (await db.collection('members').doc(id).get()) as unknown as {
    data: MemberDoc;
  };
  return data.orgId;
}

describe('parallel member.move of one member', () => {
  it('20 moves to the same branch: exactly one succeeds, the rest are CONFLICT, counts stay true', async () => {
    const { stored: before, recounted } = await storedAndRecounted();
    expect(before).toEqual(recounted);
    expect(await branchOf(self)).toBe('org-b-office');

    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.call(ID.admin, 'member', 'move', { id: self, orgId: 'org-b-mine1' }),
      ),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    for (const r of replies.filter((r) => !r.ok)) {
      expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'CONFLICT' }) });
      expect(['该党员已在这个支部，无需重复转移', '该党员正在被他人转移，请刷新后查看']).toContain(
        r.ok ? '' : r.error.message,
      );
    }

    const { stored, recounted: after } = await storedAndRecounted();
    expect(stored).toEqual(after);
    expect(await branchOf(self)).toBe('org-b-mine1');
    expect(stored['org-b-office'].memberCount).toBe(before['org-b-office'].memberCount - 1);
    expect(stored['org-b-mine1'].memberCount).toBe(before['org-b-mine1'].memberCount + 1);
  });

  it('20 moves racing between three branches: every success is a real move, counts stay true', async () => {
    const targets = ['org-b-office', 'org-b-mine2', 'org-b-finance'];
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.call(ID.admin, 'member', 'move', { id: self, orgId: targets[i % 3] }),
      ),
    );
    for (const r of replies) expect(['OK', 'CONFLICT']).toContain(code(r));
    const { stored, recounted } = await storedAndRecounted();
    expect(stored).toEqual(recounted);
    const last = ok(await t.call(ID.admin, 'member', 'get', { id: self }));
    expect(last.orgId).toBe(await branchOf(self));
  });
});
