import { escapeRegExp } from 'lodash-es';
import type { MemberDoc, OrganisationDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { decodeCursor, pageOf } from '../../_shared/cursor';
import { invalidArgument } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { requireSees } from '../../_shared/scope';
import { loadOrg } from '../repo';
import { rosterKeyEnd } from '../roster-key';
import { toListItem } from '../views';

const PAGE_SIZE = 20;

/**
 * The roster of an organisation and everything under it, by branch then name: one range of
 * the indexed roster key, so the page costs the same at the enterprise root as in a branch.
 */
export const list = action('member', 'list', {
  async handler({ orgId, q, cursor }, caller) {
    const viewer = requireMember(caller);
    const org = await loadOrg(orgId);
    requireSees(viewer, org);

    const end = rosterKeyEnd(org.path);
    const after = cursor ? decodeCursor(cursor) : null;
    if (after && !after.startsWith(org.path)) throw invalidArgument('分页参数与组织不符', 'cursor');
    const where: Record<string, unknown> = {
      rosterKey: after ? _.gt(after).and(_.lt(end)) : _.gte(org.path).and(_.lt(end)),
    };
    if (q) where.name = db.RegExp({ regexp: escapeRegExp(q) });

    const { data } = (await db
      .collection(COLLECTIONS.members.name)
      .where(where)
      .orderBy('rosterKey', 'asc')
      .limit(PAGE_SIZE + 1)
      .get()) as unknown as { data: MemberDoc[] };
    const page = pageOf(data, PAGE_SIZE, (m) => m.rosterKey);
    const names = await orgNames(org, page.items);
    return {
      items: page.items.map((m) => toListItem(m, names.get(m.orgId) ?? '')),
      nextCursor: page.nextCursor,
    };
  },
});

/** A branch's page needs no further read; a subtree's page reads its few branches once. */
async function orgNames(org: OrganisationDoc, members: MemberDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(members.map((m) => m.orgId))].filter((id) => id !== org._id);
  const names = new Map([[org._id, org.name]]);
  if (ids.length === 0) return names;
  const { data } = (await db
    .collection(COLLECTIONS.organisations.name)
    .where({ _id: _.in(ids) })
    .field({ name: true })
    .limit(ids.length)
    .get()) as unknown as { data: Pick<OrganisationDoc, '_id' | 'name'>[] };
  for (const o of data) names.set(o._id, o.name);
  return names;
}
