import type { MemberDoc, NoticeDoc, NoticeInboxDoc, OutboxDoc } from '../../../typings/documents';
import { db } from '../cloud';
import { COLLECTIONS } from '../collections';
import { bumpUnread } from './counters';

export type Recipient = Pick<MemberDoc, '_id' | 'name'>;

/** Inbox and outbox documents are written this many at a time (one insert each). */
const FANOUT_BATCH = 100;

export function batches<T>(items: T[], size = FANOUT_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function outboxEntry(
  notice: NoticeDoc,
  memberId: string,
  now: Date,
  day?: string,
): OutboxDoc {
  return {
    _id: day ? `${notice._id}:${memberId}:${day}` : `${notice._id}:${memberId}`,
    noticeId: notice._id,
    memberId,
    title: notice.title,
    orgName: notice.orgName,
    createdAt: now,
    state: 'pending',
    reminder: day !== undefined,
  };
}

/**
 * Delivers a notice: an inbox entry and one more unread on the badge for every recipient,
 * and a queued subscribe message (the notice function's timer sends it where the member has
 * quota).
 */
export async function fanOut(notice: NoticeDoc, recipients: Recipient[]): Promise<void> {
  const createdAt = new Date(notice.createdAt);
  for (const batch of batches(recipients)) {
    const inbox: NoticeInboxDoc[] = batch.map((m) => ({
      _id: `${notice._id}:${m._id}`,
      noticeId: notice._id,
      memberId: m._id,
      memberName: m.name,
      title: notice.title,
      orgName: notice.orgName,
      deadline: notice.deadline,
      createdAt,
      inboxKey: `${createdAt.toISOString()}|${notice._id}`,
      read: false,
      readAt: null,
      pushed: false,
    }));
    await db.collection(COLLECTIONS.noticeInbox.name).add({ data: inbox });
    await bumpUnread(
      COLLECTIONS.noticeUnread.name,
      batch.map((m) => m._id),
    );
    await db
      .collection(COLLECTIONS.noticeOutbox.name)
      .add({ data: batch.map((m) => outboxEntry(notice, m._id, createdAt)) });
  }
}
