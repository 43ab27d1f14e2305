import type { MemberDoc, OrganisationDoc, Role } from '../../typings/documents';
import { countMembers, memberDoc, organisationDoc } from '../../seed/factories';

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
  const org = (_id: string, type: OrganisationDoc['type'], under: string) =>
    organisationDoc({ _id, type, name: `${type}${_id}`, under, electedAt: '2024-06-01' });
  const root = org('b-root', '党委', '/');
  const zongzhi: OrganisationDoc[] = [];
  const branches: OrganisationDoc[] = [];
  for (let z = 0; z < zongzhiCount; z++) {
    const zz = org(`b-zz${z}`, '党总支', root.path);
    zongzhi.push(zz);
    for (let b = 0; b < branchesPer; b++) branches.push(org(`b-br${z}-${b}`, '党支部', zz.path));
  }
  const members = Array.from({ length: memberCount }, (_, i) => {
    const branch = branches[i % branches.length];
    const roles: Role[] =
      i === 0
        ? [{ code: 'org_admin', title: '党委管理员', orgId: root._id, orgPath: root.path }]
        : i < branches.length
          ? [{ code: 'secretary', title: '支部书记', orgId: branch._id, orgPath: branch.path }]
          : [];
    return memberDoc({
      _id: `bm${String(i).padStart(6, '0')}`,
      name: `党员${(i * 7919) % 100_000}`,
      org: branch,
      gender: i % 3 ? '男' : '女',
      nativePlace: '山西太原',
      joinedDate: '2010-07-01',
      fullMemberDate: '2011-07-01',
      post: '职员',
      roles,
      openid: `bench-${i}`,
    });
  });
  countMembers([root, ...zongzhi, ...branches], members);
  return { root, zongzhi, branches, members };
}
