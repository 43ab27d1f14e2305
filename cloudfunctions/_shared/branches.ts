import type { OrganisationDoc } from '../../typings/documents';
import { _, db } from './cloud';
import { COLLECTIONS } from './collections';

/** The branches of an organisation's subtree (itself when it is one), by path. */
export async function branchesUnder(org: OrganisationDoc): Promise<OrganisationDoc[]> {
  if (org.type === '党支部') return [org];
  const { data } = await db
    .collection(COLLECTIONS.organisations.name)
    .where({ path: _.gte(org.path).and(_.lt(`${org.path}\uffff`)), type: '党支部' })
    .orderBy('path', 'asc')
    .field({ name: true, path: true, type: true, memberCount: true })
    .limit(1000)
    .get<OrganisationDoc>();
  return data;
}
