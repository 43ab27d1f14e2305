import type { MemberDoc, OrganisationDoc } from '../../typings/documents';
import { _, db } from './cloud';
import { COLLECTIONS } from './collections';
import { findById } from './db';
import { forbidden, invalidArgument, notFound } from './errors';

export async function loadOrg(id: string): Promise<OrganisationDoc> {
  const org = await findById<OrganisationDoc>(COLLECTIONS.organisations.name, id);
  if (!org) throw notFound('找不到该组织');
  return org;
}

/**
 * The branches a secretary or admin manages, found by one indexed path range per role; anyone
 * else is refused with `refusal`.
 */
export async function managedBranches(
  member: MemberDoc,
  refusal: string,
): Promise<OrganisationDoc[]> {
  const roots = member.roles.filter((r) => r.code !== 'committee').map((r) => r.orgPath);
  if (roots.length === 0) throw forbidden(refusal);
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

/** The branch a sheet's row names among those the importer manages, or the row's reason. */
export function branchNamed(branches: OrganisationDoc[], name: string): OrganisationDoc {
  const matches = branches.filter((b) => b.name === name);
  if (matches.length === 0)
    throw invalidArgument(
      name ? `所在支部“${name}”不存在或不在你的管理范围内` : '所在支部不能为空',
    );
  if (matches.length > 1) throw invalidArgument(`有多个名为“${name}”的支部，请联系管理员`);
  return matches[0];
}
