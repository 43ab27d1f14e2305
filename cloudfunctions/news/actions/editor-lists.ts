import type { ArticleDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import { forbidden } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { byTime, bySubtreeKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { administersOrg, requireManages } from '../../_shared/scope';
import { subtreeEnd } from '../keys';
import { toDraft } from '../views';

const PAGE_SIZE = 20;

/** The caller's own articles in every status, most recently edited first. */
export const mine = action('news', 'mine', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const page = await readPage<ArticleDoc>({
      collection: COLLECTIONS.articles.name,
      where: { editorId: member._id },
      // One editor's saves are never within the same millisecond, so time alone is the cursor.
      order: byTime('updatedAt'),
      cursor,
      size: PAGE_SIZE,
      field: { body: false },
    });
    return { items: page.items.map((a) => toDraft(a)), nextCursor: page.nextCursor };
  },
});

/**
 * A reviewer's queue for an organisation's subtree: `submitted` for its 书记 or admins,
 * `reviewing` (held by content security) for its admins. One range of the queue key.
 */
export const queue = action('news', 'queue', {
  async handler({ orgId, status, cursor }, caller) {
    const member = requireMember(caller);
    const org = await loadOrg(orgId);
    requireManages(member, org);
    if (status === 'reviewing' && !administersOrg(member, org)) {
      throw forbidden('只有党组织管理员可以处理内容安全复核');
    }
    const page = await readPage<ArticleDoc>({
      collection: COLLECTIONS.articles.name,
      where: { status },
      order: bySubtreeKey('queueKey', org.path, subtreeEnd(org.path)),
      cursor,
      size: PAGE_SIZE,
      field: { body: false },
    });
    return { items: page.items.map((a) => toDraft(a, member)), nextCursor: page.nextCursor };
  },
});
