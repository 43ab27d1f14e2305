import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { OrgNode } from '../../typings';
import type { MemberDoc, OrganisationDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { rosterRow, rosterWorkbook } from '../support/roster-sheet';
import { sdkFor } from '../support/sdk';

/**
 * Every organisation stores the member counts of its whole subtree, moved with the branch's own
 * counts by each roster change. After each change the stored counts of every organisation must
 * equal a recount of the members collection, and member.orgTree by depth must answer them.
 */

let t: TestCloud;
let cloud: ReturnType<typeof sdkFor>;

beforeAll(async () => {
  t = await startTestCloud();
  cloud = sdkFor(t.url);
});
afterAll(() => t.close());

type Counts = Pick<
  OrganisationDoc,
  'memberCount' | 'fullMemberCount' | 'subtreeMemberCount' | 'subtreeFullMemberCount'
>;

async function organisations(): Promise<OrganisationDoc[]> {
  const { data } = (await cloud
    .database()
    .collection('organisations')
    .limit(1000)
    .get()) as unknown as { data: OrganisationDoc[] };
  return data;
}

async function members(): Promise<Pick<MemberDoc, 'orgId' | 'orgPath' | 'status'>[]> {
  const all: Pick<MemberDoc, 'orgId' | 'orgPath' | 'status'>[] = [];
  for (;;) {
    const { data } = (await cloud
      .database()
      .collection('members')
      .field({ orgId: true, orgPath: true, status: true })
      .orderBy('_id', 'asc')
      .skip(all.length)
      .limit(1000)
      .get()) as unknown as { data: Pick<MemberDoc, 'orgId' | 'orgPath' | 'status'>[] };
    all.push(...data);
    if (data.length < 1000) return all;
  }
}

/** Each organisation's counts, as stored and as recounted from the members collection. */
async function storedAndRecounted() {
  const [orgs, roster] = await Promise.all([organisations(), members()]);
  const stored: Record<string, Counts> = {};
  const recounted: Record<string, Counts> = {};
  for (const o of orgs) {
    stored[o._id] = {
      memberCount: o.memberCount,
      fullMemberCount: o.fullMemberCount,
      subtreeMemberCount: o.subtreeMemberCount,
      subtreeFullMemberCount: o.subtreeFullMemberCount,
    };
    const own = roster.filter((m) => m.orgId === o._id);
    const under = roster.filter((m) => m.orgPath.startsWith(o.path));
    recounted[o._id] = {
      memberCount: own.length,
      fullMemberCount: own.filter((m) => m.status === '正式').length,
      subtreeMemberCount: under.length,
      subtreeFullMemberCount: under.filter((m) => m.status === '正式').length,
    };
  }
  return { stored, recounted, orgs };
}

async function expectCountsMatchRoster() {
  const { stored, recounted } = await storedAndRecounted();
  expect(stored).toEqual(recounted);
  return recounted;
}

const fields = {
  gender: '女' as const,
  ethnicity: '汉族',
  birthDate: null,
  idNumber: null,
  idNumberUnknownReason: '档案待补',
  education: '大学本科',
  nativePlace: '山西太原',
  phone: null,
  workStartDate: null,
  joinedDate: '2020-07-01',
  post: '职员',
  mobile: false,
};

async function uploadRoster(folder: string, rows: { branch: string; full: boolean }[]) {
  const content = await rosterWorkbook(
    rows.map(({ branch, full }, i) =>
      rosterRow(
        600 + i,
        {
          branch,
          status: full ? '正式' : '预备',
          joinedDate: '2023-07-01',
          fullMemberDate: full ? '2024-07-01' : '',
        },
        '198503',
      ),
    ),
  );
  const { fileID } = (await cloud.uploadFile({
    cloudPath: `imports/${folder}/roster-counts.xlsx`,
    fileContent: content,
  })) as { fileID: string };
  return fileID;
}

describe('maintained subtree counts', () => {
  it('start out matching the seeded roster', async () => {
    const counts = await expectCountsMatchRoster();
    expect(counts['org-root'].subtreeMemberCount).toBeGreaterThan(100);
  });

  it('follow a new member up every ancestor', async () => {
    const before = await expectCountsMatchRoster();
    const reply = await t.call(ID.admin, 'member', 'create', {
      ...fields,
      name: '新建计数党员',
      fullMemberDate: null,
      status: '预备',
      orgId: 'org-b-mine2',
    });
    expect(code(reply)).toBe('OK');
    const after = await expectCountsMatchRoster();
    for (const id of ['org-root', 'org-zz-prod', 'org-b-mine2'])
      expect(after[id].subtreeMemberCount).toBe(before[id].subtreeMemberCount + 1);
    expect(after['org-zz-hq']).toEqual(before['org-zz-hq']);
  });

  it('follow a status change: only the 正式 counts move', async () => {
    const self = await t.memberId(ID.member);
    const before = await expectCountsMatchRoster();
    const reply = await t.call(ID.secretary, 'member', 'update', {
      id: self,
      status: '预备',
      fullMemberDate: null,
    });
    expect(code(reply)).toBe('OK');
    const after = await expectCountsMatchRoster();
    for (const id of ['org-root', 'org-zz-hq', 'org-b-office']) {
      expect(after[id].subtreeFullMemberCount).toBe(before[id].subtreeFullMemberCount - 1);
      expect(after[id].subtreeMemberCount).toBe(before[id].subtreeMemberCount);
    }
  });

  it('follow a move between branches of different 总支, leaving the 党委 as it was', async () => {
    const self = await t.memberId(ID.member);
    const before = await expectCountsMatchRoster();
    expect(code(await t.call(ID.admin, 'member', 'move', { id: self, orgId: 'org-b-mine1' }))).toBe(
      'OK',
    );
    const after = await expectCountsMatchRoster();
    expect(after['org-zz-hq'].subtreeMemberCount).toBe(before['org-zz-hq'].subtreeMemberCount - 1);
    expect(after['org-zz-prod'].subtreeMemberCount).toBe(
      before['org-zz-prod'].subtreeMemberCount + 1,
    );
    expect(after['org-root']).toEqual(before['org-root']);
  });

  it('follow an import into branches of both 总支', async () => {
    const adminId = await t.memberId(ID.admin);
    const before = await expectCountsMatchRoster();
    const fileID = await uploadRoster(adminId, [
      { branch: '综合办公室党支部', full: true },
      { branch: '综合办公室党支部', full: false },
      { branch: '财务党支部', full: true },
      { branch: '第一采区党支部', full: true },
      { branch: '第二采区党支部', full: false },
    ]);
    const report = ok(await t.call(ID.admin, 'member', 'importRoster', { fileID }));
    expect(report).toEqual({ accepted: 5, rejected: [] });
    const after = await expectCountsMatchRoster();
    expect(after['org-root'].subtreeMemberCount).toBe(before['org-root'].subtreeMemberCount + 5);
    expect(after['org-root'].subtreeFullMemberCount).toBe(
      before['org-root'].subtreeFullMemberCount + 3,
    );
  });

  it.each([
    ['org-root', 1],
    ['org-root', 2],
    ['org-zz-prod', 1],
  ])('give member.orgTree of %s at depth %i the recounted subtrees', async (rootId, depth) => {
    const { recounted } = await storedAndRecounted();
    const items = ok(await t.call(ID.admin, 'member', 'orgTree', { rootId, depth })).items;
    expect(items.length).toBeGreaterThan(1);
    const subtree = (o: OrgNode) => [o._id, o.subtree];
    expect(items.map(subtree)).toEqual(
      items.map((o) => [
        o._id,
        {
          memberCount: recounted[o._id].subtreeMemberCount,
          fullMemberCount: recounted[o._id].subtreeFullMemberCount,
        },
      ]),
    );
  });
});
