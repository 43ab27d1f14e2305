import type {
  MemberDoc,
  NoticeDoc,
  NoticeInboxDoc,
  OrganisationDoc,
  OutboxDoc,
} from '../../typings/documents';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { bumpUnread } from './counters';

type Recipient = Pick<MemberDoc, '_id' | 'name' | 'rosterKey'>;

const ROSTER_PAGE = 1000;
/** Inbox and outbox documents are written this many at a time (one insert each). */
export const FANOUT_BATCH = 100;

/** Everyone on the roster of an organisation's subtree, by pages of the indexed roster key. */
export async function rosterOf(org: OrganisationDoc): Promise<Recipient[]> {
  const end = `${org.path}\uffff`;
  const all: Recipient[] = [];
  let after: string | null = null;
  for (;;) {
    const { data }: { data: Recipient[] } = await db
      .collection(COLLECTIONS.members.name)
      .where({ rosterKey: after ? _.gt(after).and(_.lt(end)) : _.gte(org.path).and(_.lt(end)) })
      .orderBy('rosterKey', 'asc')
      .field({ name: true, rosterKey: true })
      .limit(ROSTER_PAGE)
      .get();
    all.push(...data);
    if (data.length < ROSTER_PAGE) return all;
    after = data[data.length - 1].rosterKey;
  }
}

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
 * and a queued subscribe message (the timer sends it where the member has quota).
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
