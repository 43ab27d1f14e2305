import type { OrganisationDoc } from '../../typings/documents';
import { _, db } from './cloud';
import { COLLECTIONS } from './collections';

/** Branches read at once: the most one read returns. */
const BATCH = 1000;

/** The branches of an organisation's subtree (itself when it is one), by path, every one. */
export async function branchesUnder(org: OrganisationDoc): Promise<OrganisationDoc[]> {
  if (org.type === '党支部') return [org];
  const out: OrganisationDoc[] = [];
  const end = `${org.path}\uffff`;
  let after: string | null = null;
  for (;;) {
    const { data }: { data: OrganisationDoc[] } = await db
      .collection(COLLECTIONS.organisations.name)
      .where({
        path: after ? _.gt(after).and(_.lt(end)) : _.gte(org.path).and(_.lt(end)),
        type: '党支部',
      })
      .orderBy('path', 'asc')
      .field({ name: true, path: true, type: true, memberCount: true })
      .limit(BATCH)
      .get<OrganisationDoc>();
    out.push(...data);
    if (data.length < BATCH) return out;
    after = data[data.length - 1].path;
  }
}
