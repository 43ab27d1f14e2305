import type { MemberDoc, OutboxDoc } from '../../typings/documents';
import { _, cloud, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { NOTICE_PAGE, NOTICE_TEMPLATE_ID, noticeMessageData } from './templates';

/** Per timer run: about four operations each, well inside the function's timeout. */
const DRAIN_BATCH = 50;
const NO_QUOTA = 43101;

type Outcome = OutboxDoc['state'];

const subscriptionId = (memberId: string) => `${memberId}:${NOTICE_TEMPLATE_ID}`;

/**
 * The timer's work: sends the oldest pending subscribe messages. A message goes out only when
 * the member's ledger has a send left (taken with a guarded decrement before sending); WeChat's
 * 43101 means the ledger was wrong and it is zeroed; any other refusal gives the send back.
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
  // A member not bound to WeChat has nobody to send to: like no quota, the inbox is their channel.
  if (!openid) return 'no_quota';
  const ledger = db.collection(COLLECTIONS.subscriptions.name);
  const taken = await ledger
    .where({ _id: subscriptionId(message.memberId), quota: _.gt(0) })
    .update({ data: { quota: _.inc(-1) } });
  if (taken.stats.updated === 0) return 'no_quota';
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: openid,
      templateId: NOTICE_TEMPLATE_ID,
      page: `${NOTICE_PAGE}?id=${encodeURIComponent(message.noticeId)}`,
      data: noticeMessageData(message.title, message.orgName, new Date(message.createdAt)),
      miniprogramState: 'formal',
    });
  } catch (error) {
    const code = (error as { errCode?: number }).errCode;
    if (code === NO_QUOTA) {
      await ledger.doc(subscriptionId(message.memberId)).update({ data: { quota: 0 } });
      return 'no_quota';
    }
    console.error('[notice push]', error);
    await ledger.doc(subscriptionId(message.memberId)).update({ data: { quota: _.inc(1) } });
    return 'failed';
  }
  if (!message.reminder) await markPushed(message);
  return 'sent';
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
