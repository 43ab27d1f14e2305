import type { NoticeDoc, NoticeInboxDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import { byKey, byTime, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { loadManagedNotice } from '../repo';
import { toStats } from '../views';

const PAGE_SIZE = 20;
const NAMES_PAGE = 50;

/** The notices the caller sent, newest first, each with its counters. */
export const sent = action('notice', 'sent', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const page = await readPage<NoticeDoc>({
      collection: COLLECTIONS.notices.name,
      where: { senderId: member._id },
      // One sender's notices are never created in the same millisecond: time alone is the cursor.
      order: byTime('createdAt'),
      cursor,
      size: PAGE_SIZE,
      field: { body: false, attachments: false },
    });
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
    const page = await readPage<NoticeInboxDoc>({
      collection: COLLECTIONS.noticeInbox.name,
      where: { noticeId: id, read },
      order: byKey('_id', 'asc'),
      cursor,
      size: NAMES_PAGE,
    });
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
