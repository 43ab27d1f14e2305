import type { MemberDoc, OrganisationDoc } from '../../typings/documents';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { forbidden } from '../_shared/errors';

/** The branches a secretary or admin manages, found by one indexed path range per role. */
export async function managedBranches(member: MemberDoc): Promise<OrganisationDoc[]> {
  const roots = member.roles.filter((r) => r.code !== 'committee').map((r) => r.orgPath);
  if (roots.length === 0) throw forbidden('只有支部书记或组织管理员可以导入党员名册');
  const found = new Map<string, OrganisationDoc>();
  for (const path of roots) {
    const { data } = await db
      .collection(COLLECTIONS.organisations.name)
      .where({ path: _.gte(path).and(_.lt(`${path}\uffff`)), type: '党支部' })
      .limit(1000)
      .get<OrganisationDoc>();
    for (const org of data) found.set(org._id, org);
  }
  return [...found.values()];
}
