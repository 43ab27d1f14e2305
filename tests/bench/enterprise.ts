import type { MemberDoc, OrganisationDoc, Role } from '../../typings/documents';
import { rosterKey } from '../../cloudfunctions/member/roster-key';
import { addUpSubtrees } from '../../emulator/seed/org-counts';

/**
 * An enterprise at bench scale: one 党委, `zongzhi` 党总支 with `branchesPer` branches each,
 * `members` members dealt round the branches. Member 0 administers the 党委 and the first
 * member of each branch is its secretary. Openids are `bench-<i>`.
 */
export interface Enterprise {
  root: OrganisationDoc;
  zongzhi: OrganisationDoc[];
  branches: OrganisationDoc[];
  members: MemberDoc[];
}

export function enterprise(
  zongzhiCount: number,
  branchesPer: number,
  memberCount: number,
): Enterprise {
  const root = org('b-root', '党委', null);
  const zongzhi: OrganisationDoc[] = [];
  const branches: OrganisationDoc[] = [];
  for (let z = 0; z < zongzhiCount; z++) {
    const zz = org(`b-zz${z}`, '党总支', root);
    zongzhi.push(zz);
    for (let b = 0; b < branchesPer; b++) branches.push(org(`b-br${z}-${b}`, '党支部', zz));
  }
  const members = Array.from({ length: memberCount }, (_, i) => {
    const branch = branches[i % branches.length];
    branch.memberCount++;
    branch.fullMemberCount++;
    const roles: Role[] =
      i === 0
        ? [{ code: 'org_admin', title: '党委管理员', orgId: root._id, orgPath: root.path }]
        : i < branches.length
          ? [{ code: 'secretary', title: '支部书记', orgId: branch._id, orgPath: branch.path }]
          : [];
    return member(i, branch, roles);
  });
  addUpSubtrees([root, ...zongzhi, ...branches]);
  return { root, zongzhi, branches, members };
}

function org(
  id: string,
  type: OrganisationDoc['type'],
  parent: OrganisationDoc | null,
): OrganisationDoc {
  const now = new Date();
  return {
    _id: id,
    type,
    name: `${type}${id}`,
    parentId: parent?._id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    depth: parent ? parent.depth + 1 : 0,
    electedAt: '2024-06-01',
    termYears: type === '党委' ? 5 : 3,
    committee: [],
    memberCount: 0,
    fullMemberCount: 0,
    subtreeMemberCount: 0,
    subtreeFullMemberCount: 0,
    createdAt: now,
    updatedAt: now,
  };
}

function member(i: number, branch: OrganisationDoc, roles: Role[]): MemberDoc {
  const _id = `bm${String(i).padStart(6, '0')}`;
  const name = `党员${(i * 7919) % 100_000}`;
  const now = new Date();
  return {
    _id,
    name,
    gender: i % 3 ? '男' : '女',
    ethnicity: '汉族',
    birthDate: null,
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
    roles,
    rosterKey: rosterKey(branch.path, name, _id),
    openid: `bench-${i}`,
    nickname: null,
    avatar: null,
    createdAt: now,
    updatedAt: now,
  };
}
