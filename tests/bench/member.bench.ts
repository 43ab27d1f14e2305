/**
 * The member function at enterprise scale: 3,000 organisations, 100k members.
 * `npm run bench -- member` (after `npm run build:functions`). Target: < 10 ms per call.
 */
import type { MemberDoc, OrganisationDoc } from '../../typings/documents';
import { rosterKey } from '../../cloudfunctions/member/roster-key';
import { benchCloud, callFn, report, timed } from './support';

const ZONGZHI = 60;
const BRANCHES_PER_ZONGZHI = 49;
const MEMBERS = 100_000;

function org(
  id: string,
  type: OrganisationDoc['type'],
  parent: OrganisationDoc | null,
  n: number,
): OrganisationDoc {
  const now = new Date();
  return {
    _id: id,
    type,
    name: `${type}${n}`,
    parentId: parent?._id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    depth: parent ? parent.depth + 1 : 0,
    electedAt: '2024-06-01',
    termYears: type === '党委' ? 5 : 3,
    committee: [],
    memberCount: 0,
    fullMemberCount: 0,
    createdAt: now,
    updatedAt: now,
  };
}

function member(i: number, branch: OrganisationDoc): MemberDoc {
  const _id = `bm${String(i).padStart(6, '0')}`;
  const name = `党员${(i * 7919) % MEMBERS}`;
  const now = new Date();
  return {
    _id,
    name,
    gender: i % 3 ? '男' : '女',
    ethnicity: '汉族',
    birthDate: '1985-01-01',
    idNumberEnc: null,
    idNumberMasked: null,
    idNumberKey: `none:${_id}`,
    education: '大学本科',
    nativePlace: '山西太原',
    phoneEnc: null,
    phoneMasked: null,
    workStartDate: null,
    joinedDate: '2010-07-01',
    fullMemberDate: '2011-07-01',
    status: '正式',
    orgId: branch._id,
    orgPath: branch.path,
    post: '职员',
    mobile: false,
    roles:
      i === 0
        ? [{ code: 'org_admin', title: '党委管理员', orgId: 'b-root', orgPath: '/b-root/' }]
        : [],
    rosterKey: rosterKey(branch.path, name, _id),
    openid: `bench-${i}`,
    nickname: null,
    avatar: null,
    createdAt: now,
    updatedAt: now,
  };
}

async function main() {
  const cloud = await benchCloud();
  const root = org('b-root', '党委', null, 0);
  const orgs = [root];
  const branches: OrganisationDoc[] = [];
  for (let z = 0; z < ZONGZHI; z++) {
    const zz = org(`b-zz${z}`, '党总支', root, z);
    orgs.push(zz);
    for (let b = 0; b < BRANCHES_PER_ZONGZHI; b++) {
      const branch = org(`b-br${z}-${b}`, '党支部', zz, b);
      orgs.push(branch);
      branches.push(branch);
    }
  }
  const members = Array.from({ length: MEMBERS }, (_, i) =>
    member(i, branches[i % branches.length]),
  );
  for (const m of members) branches.find((b) => b._id === m.orgId)!.memberCount++;
  cloud.db.insertMany('organisations', orgs);
  for (let i = 0; i < MEMBERS; i += 10_000)
    cloud.db.insertMany('members', members.slice(i, i + 10_000));
  console.log(`seeded ${orgs.length} organisations, ${MEMBERS} members`);

  const admin = 'bench-0';
  const secretaryBranch = branches[7];
  await callFn(cloud, admin, 'member', 'me', {});
  report('member.me', await timed(200, () => callFn(cloud, admin, 'member', 'me', {})));
  report(
    'member.list, one branch, first page',
    await timed(200, () => callFn(cloud, admin, 'member', 'list', { orgId: secretaryBranch._id })),
  );
  report(
    'member.list, whole 党委 (100k), first page',
    await timed(200, () => callFn(cloud, admin, 'member', 'list', { orgId: 'b-root' })),
  );
  report(
    'member.list, 总支 subtree, first page',
    await timed(200, () => callFn(cloud, admin, 'member', 'list', { orgId: 'b-zz3' })),
  );
  report(
    'member.list, whole 党委, name search',
    await timed(20, () =>
      callFn(cloud, admin, 'member', 'list', { orgId: 'b-root', q: '党员123' }),
    ),
  );
  report(
    'member.orgTree, one 总支 (50 organisations)',
    await timed(200, () => callFn(cloud, admin, 'member', 'orgTree', { rootId: 'b-zz3' })),
  );
  report(
    'member.orgTree, whole 党委 (3,000 organisations)',
    await timed(20, () => callFn(cloud, admin, 'member', 'orgTree', {})),
  );
  await cloud.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
