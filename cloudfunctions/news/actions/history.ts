import type { ArticleReadDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import { byKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';

const PAGE_SIZE = 20;

/** The member's own reading history, newest first. */
export const history = action('news', 'history', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const page = await readPage<ArticleReadDoc>({
      collection: COLLECTIONS.articleReads.name,
      where: { memberId: member._id },
      order: byKey('historyKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
    });
    return {
      items: page.items.map((r) => ({
        articleId: r.articleId,
        title: r.title,
        column: r.column,
        openedAt: new Date(r.openedAt).toISOString(),
        seconds: r.seconds,
      })),
      nextCursor: page.nextCursor,
    };
  },
});
