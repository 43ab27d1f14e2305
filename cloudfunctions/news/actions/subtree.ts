import type { ArticleDoc, OrganisationDoc } from '../../../typings/documents';
import { isAdminRole } from '../../../typings/policy';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { forbidden } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { byKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { administersOrg, type OrgRef } from '../../_shared/scope';
import { subtreeEnd, zoneOf } from '../keys';
import { LIST_ITEM_FIELDS, type ListItemFields } from '../views';
import { listItems } from './list';

const PAGE_SIZE = 20;

type Row = ListItemFields & Pick<ArticleDoc, 'publishedKey'>;

/** The ids of the organisations below `org` (with it when `withOwn`), one indexed range. */
async function subtreeIds(org: OrgRef, withOwn: boolean): Promise<string[]> {
  const { data } = await db
    .collection(COLLECTIONS.organisations.name)
    .where({ path: _.gte(org.path).and(_.lt(subtreeEnd(org.path))) })
    .field({ _id: true })
    .limit(1000)
    .get<Pick<OrganisationDoc, '_id'>>();
  return data.map((o) => o._id).filter((id) => withOwn || id !== org._id);
}

/** The top-level organisations below the root: the zones of every article but the root's own. */
async function zonesBelowRoot(root: OrgRef): Promise<string[]> {
  const { data } = await db
    .collection(COLLECTIONS.organisations.name)
    .where({ parentId: root._id })
    .field({ _id: true })
    .limit(1000)
    .get<Pick<OrganisationDoc, '_id'>>();
  return data.map((o) => o._id);
}

/**
 * 下级动态: what the organisations below an admin publish, newest first whether pinned or not,
 * for the party committee to follow without it reaching members' feeds. Without `orgId` it is
 * everything below the organisation the caller administers (its own articles are in its
 * 首页); with it, that organisation's articles and everything below it. The enterprise-wide
 * articles are never here. One page is one walk of the (status, zone[, scopeId], publishedKey)
 * index after one read of the organisations.
 */
export const subtree = action('news', 'subtree', {
  async handler({ orgId, cursor }, caller) {
    const member = requireMember(caller);
    const role = member.roles.find(isAdminRole);
    if (!role) throw forbidden('只有党组织管理员可以查看下级动态');
    let org: OrgRef = { _id: role.orgId, path: role.orgPath };
    if (orgId && orgId !== role.orgId) {
      org = await loadOrg(orgId);
      if (!administersOrg(member, org)) throw forbidden('只能查看你管理的组织及其下级的动态');
    }
    const withOwn = !!orgId;
    const depth = org.path.split('/').filter(Boolean).length;
    const base = { status: 'published' };
    let where: Record<string, unknown> | null;
    if (depth === 1) {
      const zones = await zonesBelowRoot(org);
      where = zones.length ? { ...base, zone: _.in(zones) } : null;
    } else if (depth === 2 && withOwn) {
      where = { ...base, zone: org._id };
    } else {
      const ids = await subtreeIds(org, withOwn);
      where = ids.length ? { ...base, zone: zoneOf(org.path), scopeId: _.in(ids) } : null;
    }
    if (!where) return { items: [], nextCursor: null };
    const page = await readPage<Row>({
      collection: COLLECTIONS.articles.name,
      where,
      order: byKey('publishedKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
      field: { ...LIST_ITEM_FIELDS, publishedKey: true },
    });
    return { items: await listItems(page.items), nextCursor: page.nextCursor };
  },
});
