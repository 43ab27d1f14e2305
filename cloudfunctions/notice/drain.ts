import type { MemberDoc, OutboxDoc } from '../../typings/documents';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { pushToMember } from '../_shared/notices/push';
import { NOTICE_PAGE, NOTICE_TEMPLATE_ID, noticeMessageData } from './templates';

/** Per timer run: about four operations each, well inside the function's timeout. */
const DRAIN_BATCH = 50;

type Outcome = OutboxDoc['state'];

/**
 * The timer's work: sends the oldest pending subscribe messages, each only when the member's
 * ledger has a send left (pushToMember).
 */
export async function drainOutbox(): Promise<Record<Outcome, number>> {
  const { data: pending } = await db
    .collection(COLLECTIONS.noticeOutbox.name)
    .where({ state: 'pending' })
    .orderBy('createdAt', 'asc')
    .limit(DRAIN_BATCH)
    .get<OutboxDoc>();
  const tally: Record<Outcome, number> = { pending: 0, sent: 0, no_quota: 0, failed: 0 };
  if (pending.length === 0) return tally;

  const memberIds = [...new Set(pending.map((m) => m.memberId))];
  const { data: members } = await db
    .collection(COLLECTIONS.members.name)
    .where({ _id: _.in(memberIds) })
    .field({ openid: true })
    .limit(memberIds.length)
    .get<Pick<MemberDoc, '_id' | 'openid'>>();
  const openids = new Map(members.map((m) => [m._id, m.openid]));

  for (const message of pending) {
    const outcome = await deliver(message, openids.get(message.memberId) ?? null);
    tally[outcome]++;
    await db
      .collection(COLLECTIONS.noticeOutbox.name)
      .doc(message._id)
      .update({ data: { state: outcome } });
  }
  return tally;
}

async function deliver(message: OutboxDoc, openid: string | null): Promise<Outcome> {
  const outcome = await pushToMember(message.memberId, openid, {
    templateId: NOTICE_TEMPLATE_ID,
    page: `${NOTICE_PAGE}?id=${encodeURIComponent(message.noticeId)}`,
    data: noticeMessageData(message.title, message.orgName, new Date(message.createdAt)),
  });
  if (outcome === 'sent' && !message.reminder) await markPushed(message);
  return outcome;
}

/** A first push counts once on the notice; reminders reach people already counted. */
async function markPushed(message: OutboxDoc): Promise<void> {
  await Promise.all([
    db
      .collection(COLLECTIONS.noticeInbox.name)
      .doc(`${message.noticeId}:${message.memberId}`)
      .update({ data: { pushed: true } }),
    db
      .collection(COLLECTIONS.notices.name)
      .doc(message.noticeId)
      .update({ data: { pushed: _.inc(1) } }),
  ]);
}
