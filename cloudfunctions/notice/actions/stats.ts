import type { NoticeDoc, NoticeInboxDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { decodeCursor, pageOf } from '../../_shared/cursor';
import { action } from '../../_shared/router';
import { decodeTimeCursor } from '../../_shared/time-cursor';
import { loadManagedNotice } from '../repo';
import { toStats } from '../views';

const PAGE_SIZE = 20;
const NAMES_PAGE = 50;

/** The notices the caller sent, newest first, each with its counters. */
export const sent = action('notice', 'sent', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const where: Record<string, unknown> = { senderId: member._id };
    // One sender's notices are never created in the same millisecond: time alone is the cursor.
    if (cursor) where.createdAt = _.lt(decodeTimeCursor(cursor));
    const { data } = (await db
      .collection(COLLECTIONS.notices.name)
      .where(where)
      .orderBy('createdAt', 'desc')
      .field({ body: false, attachments: false })
      .limit(PAGE_SIZE + 1)
      .get()) as unknown as { data: NoticeDoc[] };
    const page = pageOf(data, PAGE_SIZE, (n) => new Date(n.createdAt).toISOString());
    return { items: page.items.map(toStats), nextCursor: page.nextCursor };
  },
});

export const stats = action('notice', 'stats', {
  async handler({ id }, caller) {
    return toStats(await loadManagedNotice(requireMember(caller), id));
  },
});

/** Who has read a notice, or who has not (with whether a message reached them). */
export const recipients = action('notice', 'recipients', {
  async handler({ id, read, cursor }, caller) {
    await loadManagedNotice(requireMember(caller), id);
    const where: Record<string, unknown> = { noticeId: id, read };
    if (cursor) where._id = _.gt(decodeCursor(cursor));
    const { data } = (await db
      .collection(COLLECTIONS.noticeInbox.name)
      .where(where)
      .orderBy('_id', 'asc')
      .limit(NAMES_PAGE + 1)
      .get()) as unknown as { data: NoticeInboxDoc[] };
    const page = pageOf(data, NAMES_PAGE, (e) => e._id);
    return {
      items: page.items.map((e) => ({
        memberId: e.memberId,
        name: e.memberName,
        readAt: e.readAt ? new Date(e.readAt).toISOString() : null,
        pushed: e.pushed,
      })),
      nextCursor: page.nextCursor,
    };
  },
});
