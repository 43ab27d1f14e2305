import type { ArticleDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { _ } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { placeLinks } from '../../_shared/files';
import { byKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { feedScopes } from '../rules/publishing';
import { LIST_ITEM_FIELDS, toListItem, type ListItemFields } from '../views';

const PAGE_SIZE = 20;

type Row = ListItemFields & Pick<ArticleDoc, 'feedKey'>;

/**
 * The feed: published articles scoped to the member's organisation or any ancestor, pinned
 * first then newest (feedKey descending, which is also the cursor). Two indexed queries, merged:
 * - the root's zone: enterprise-wide articles, every one of them visible;
 * - the member's own zone (their 总支): one span of the (status, zone, scopeId, feedKey) index
 *   per scope they see — their 总支 and their branch — merged in feed order.
 * A single `scopeId in ancestors` query would span zones the index cannot merge cheaply; one
 * query per ancestor would cost an operation each.
 */
export const list = action('news', 'list', {
  async handler({ column, cursor }, caller) {
    const member = requireMember(caller);
    const [root, ...below] = feedScopes(member.orgPath);
    const base: Record<string, unknown> = { status: 'published' };
    if (column) base.column = column;
    const queries: Record<string, unknown>[] = [{ ...base, zone: root }];
    if (below.length) queries.push({ ...base, zone: below[0], scopeId: _.in(below) });
    const page = await readPage<Row>({
      collection: COLLECTIONS.articles.name,
      where: queries,
      order: byKey('feedKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
      field: { ...LIST_ITEM_FIELDS, feedKey: true },
    });
    return { items: await listItems(page.items), nextCursor: page.nextCursor };
  },
});

/** Feed rows as list items, their covers as short-lived links. */
export async function listItems(rows: ListItemFields[]) {
  const covers = rows.flatMap((a) => (a.cover ? [{ placeId: a._id, fileID: a.cover }] : []));
  const linkOf = await placeLinks('news', covers);
  return rows.map((a) =>
    toListItem({
      ...a,
      cover: a.cover && (linkOf({ placeId: a._id, fileID: a.cover }) ?? a.cover),
    }),
  );
}
