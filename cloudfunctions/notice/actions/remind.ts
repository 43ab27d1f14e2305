import type { NoticeInboxDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { action } from '../../_shared/router';
import { batches, outboxEntry } from '../recipients';
import { loadManagedNotice } from '../repo';

const UNREAD_PAGE = 1000;

/**
 * Queues another subscribe message to everyone who has not read the notice, once a day: the
 * day is claimed on the notice with a guarded update before anything is queued.
 */
export const remind = action('notice', 'remind', {
  async handler({ id }, caller) {
    const notice = await loadManagedNotice(requireMember(caller), id);
    const today = clock.chinaToday();
    const { stats } = await db
      .collection(COLLECTIONS.notices.name)
      .where({ _id: id, remindedOn: _.neq(today) })
      .update({ data: { remindedOn: today } });
    if (stats.updated === 0) return { queued: 0, alreadyToday: true };

    const now = clock.now();
    let queued = 0;
    let after: string | null = null;
    for (;;) {
      const where: Record<string, unknown> = { noticeId: id, read: false };
      if (after) where._id = _.gt(after);
      const { data } = await db
        .collection(COLLECTIONS.noticeInbox.name)
        .where(where)
        .orderBy('_id', 'asc')
        .field({ memberId: true })
        .limit(UNREAD_PAGE)
        .get<Pick<NoticeInboxDoc, '_id' | 'memberId'>>();
      for (const batch of batches(data)) {
        await db
          .collection(COLLECTIONS.noticeOutbox.name)
          .add({ data: batch.map((e) => outboxEntry(notice, e.memberId, now, today)) });
      }
      queued += data.length;
      if (data.length < UNREAD_PAGE) return { queued, alreadyToday: false };
      after = data[data.length - 1]._id;
    }
  },
});
