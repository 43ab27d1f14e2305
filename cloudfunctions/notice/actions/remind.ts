import type { NoticeInboxDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { batches, outboxEntry } from '../../_shared/notices/fan-out';
import { reachable } from '../../_shared/notices/reach';
import { action } from '../../_shared/router';
import { loadManagedNotice } from '../repo';

const UNREAD_PAGE = 1000;

/**
 * Reminds everyone who has not read the notice, once a day: those WeChat can reach now (bound,
 * with a subscribe-message send left, docs/wechat.md §2.4) get a message queued; the others
 * keep the unread notice in 消息中心 and nothing more can reach them. The answer says how many
 * are which, so the sender is told what really happens; `dryRun` only counts, and claims
 * nothing. The day is claimed on the notice with a guarded update before anything is queued.
 */
export const remind = action('notice', 'remind', {
  async handler({ id, dryRun }, caller) {
    const notice = await loadManagedNotice(requireMember(caller), id);
    const today = clock.chinaToday();
    if (dryRun) {
      if (notice.remindedOn === today) return { wechat: 0, inboxOnly: 0, alreadyToday: true };
    } else {
      const { stats } = await db
        .collection(COLLECTIONS.notices.name)
        .where({ _id: id, remindedOn: _.neq(today) })
        .update({ data: { remindedOn: today } });
      if (stats.updated === 0) return { wechat: 0, inboxOnly: 0, alreadyToday: true };
    }

    const now = clock.now();
    let wechat = 0;
    let inboxOnly = 0;
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
      const reached = await reachable(data.map((e) => e.memberId));
      const queued = data.filter((e) => reached.has(e.memberId));
      if (!dryRun) {
        for (const batch of batches(queued)) {
          await db
            .collection(COLLECTIONS.noticeOutbox.name)
            .add({ data: batch.map((e) => outboxEntry(notice, e.memberId, now, today)) });
        }
      }
      wechat += queued.length;
      inboxOnly += data.length - queued.length;
      if (data.length < UNREAD_PAGE) return { wechat, inboxOnly, alreadyToday: false };
      after = data[data.length - 1]._id;
    }
  },
});
