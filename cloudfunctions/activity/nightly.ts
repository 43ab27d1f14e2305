import type { OrganisationDoc } from '../../typings/documents';
import * as clock from '../_shared/clock';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { recomputeBranchYear } from './compliance';

const PAGE = 100;
/** Branches recomputed at once: the database waits, not the function. */
const AT_ONCE = 10;

/**
 * The nightly recomputation of every branch's figures for the running year: the month turns,
 * a member's six months run out, and a confirm whose recompute failed is put right.
 */
export async function recomputeCompliance(at = clock.now()): Promise<{ branches: number }> {
  const year = clock.inChina(at).year();
  let branches = 0;
  let after = '';
  for (;;) {
    const { data: page } = await db
      .collection(COLLECTIONS.organisations.name)
      .where({ type: '党支部', path: _.gt(after) })
      .orderBy('path', 'asc')
      .field({ _id: true, path: true, name: true, committee: true })
      .limit(PAGE)
      .get<Pick<OrganisationDoc, '_id' | 'path' | 'name' | 'committee'>>();
    for (let i = 0; i < page.length; i += AT_ONCE)
      await Promise.all(page.slice(i, i + AT_ONCE).map((b) => recomputeBranchYear(b, year, at)));
    branches += page.length;
    if (page.length < PAGE) return { branches };
    after = page[page.length - 1].path;
  }
}
