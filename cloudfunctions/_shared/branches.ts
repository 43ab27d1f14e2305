import type { OrganisationDoc } from '../../typings/documents';
import { COLLECTIONS } from './collections';
import { readRange } from './db';

/** The branches of an organisation's subtree (itself when it is one), by path, every one. */
export async function branchesUnder(org: OrganisationDoc): Promise<OrganisationDoc[]> {
  if (org.type === '党支部') return [org];
  return readRange<OrganisationDoc>({
    collection: COLLECTIONS.organisations.name,
    key: 'path',
    from: org.path,
    to: `${org.path}\uffff`,
    where: { type: '党支部' },
    fields: { name: true, type: true, memberCount: true },
  });
}
