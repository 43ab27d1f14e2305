import type { ArticleDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { decodeCursor, pageOf } from '../../_shared/cursor';
import { forbidden, invalidArgument } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { decodeTimeCursor } from '../../_shared/time-cursor';
import { administersOrg, requireManages } from '../../_shared/scope';
import { subtreeEnd } from '../keys';
import { loadOrg } from '../repo';
import { toDraft } from '../views';

const PAGE_SIZE = 20;

/** The caller's own articles in every status, most recently edited first. */
export const mine = action('news', 'mine', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const where: Record<string, unknown> = { editorId: member._id };
    // One editor's saves are never within the same millisecond, so time alone is the cursor.
    if (cursor) where.updatedAt = _.lt(decodeTimeCursor(cursor));
    const { data } = (await db
      .collection(COLLECTIONS.articles.name)
      .where(where)
      .orderBy('updatedAt', 'desc')
      .field({ body: false })
      .limit(PAGE_SIZE + 1)
      .get()) as unknown as { data: ArticleDoc[] };
    const page = pageOf(data, PAGE_SIZE, (a) => new Date(a.updatedAt).toISOString());
    return { items: page.items.map(toDraft), nextCursor: page.nextCursor };
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
    const after = cursor ? decodeCursor(cursor) : null;
    if (after && !after.startsWith(org.path)) throw invalidArgument('分页参数与组织不符', 'cursor');
    const end = subtreeEnd(org.path);
    const { data } = (await db
      .collection(COLLECTIONS.articles.name)
      .where({
        status,
        queueKey: after ? _.gt(after).and(_.lt(end)) : _.gte(org.path).and(_.lt(end)),
      })
      .orderBy('queueKey', 'asc')
      .field({ body: false })
      .limit(PAGE_SIZE + 1)
      .get()) as unknown as { data: ArticleDoc[] };
    const page = pageOf(data, PAGE_SIZE, (a) => a.queueKey);
    return { items: page.items.map(toDraft), nextCursor: page.nextCursor };
  },
});
