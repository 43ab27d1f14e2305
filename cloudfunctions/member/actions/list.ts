import { escapeRegExp } from 'lodash-es';
import type { MemberDoc, OrganisationDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { loadOrg } from '../../_shared/organisations';
import { bySubtreeKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { requireSees } from '../../_shared/scope';
import { rosterKeyEnd } from '../roster-key';
import { toRosterItem } from '../views';

const PAGE_SIZE = 20;

/**
 * The roster of an organisation and everything under it, by branch then name: one range of
 * the indexed roster key, so the page costs the same at the enterprise root as in a branch.
 * An ordinary member sees their colleagues' names, seats and posts only (views.ts).
 */
export const list = action('member', 'list', {
  async handler({ orgId, q, cursor }, caller) {
    const viewer = requireMember(caller);
    const org = await loadOrg(orgId);
    requireSees(viewer, org);

    const page = await readPage<MemberDoc>({
      collection: COLLECTIONS.members.name,
      where: q ? { name: db.RegExp({ regexp: escapeRegExp(q) }) } : {},
      order: bySubtreeKey('rosterKey', org.path, rosterKeyEnd(org.path)),
      cursor,
      size: PAGE_SIZE,
    });
    const names = await orgNames(org, page.items);
    return {
      items: page.items.map((m) => toRosterItem(m, names.get(m.orgId) ?? '', viewer)),
      nextCursor: page.nextCursor,
    };
  },
});

/** A branch's page needs no further read; a subtree's page reads its few branches once. */
async function orgNames(org: OrganisationDoc, members: MemberDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(members.map((m) => m.orgId))].filter((id) => id !== org._id);
  const names = new Map([[org._id, org.name]]);
  if (ids.length === 0) return names;
  const { data } = await db
    .collection(COLLECTIONS.organisations.name)
    .where({ _id: _.in(ids) })
    .field({ name: true })
    .limit(ids.length)
    .get<Pick<OrganisationDoc, '_id' | 'name'>>();
  for (const o of data) names.set(o._id, o.name);
  return names;
}
