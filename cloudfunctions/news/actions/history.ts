import type { ArticleReadDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { decodeCursor, pageOf } from '../../_shared/cursor';
import { action } from '../../_shared/router';

const PAGE_SIZE = 20;

/** The member's own reading history, newest first. */
export const history = action('news', 'history', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const where: Record<string, unknown> = { memberId: member._id };
    if (cursor) where.historyKey = _.lt(decodeCursor(cursor));
    const { data } = (await db
      .collection(COLLECTIONS.articleReads.name)
      .where(where)
      .orderBy('historyKey', 'desc')
      .limit(PAGE_SIZE + 1)
      .get()) as unknown as { data: ArticleReadDoc[] };
    const page = pageOf(data, PAGE_SIZE, (r) => r.historyKey);
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
