import type { SubscriptionDoc } from '../../../typings/documents';
import { _, cloud, db } from '../cloud';
import { COLLECTIONS } from '../collections';
import { findById } from '../db';
import { bump } from './counters';

/** What became of one subscribe message. */
export type PushOutcome = 'sent' | 'no_quota' | 'failed';

export interface SubscribeMessage {
  templateId: string;
  /** The page a tap opens, as declared in app.config.ts (WeChat refuses others: 41030). */
  page: string;
  data: Record<string, { value: string }>;
}

const NO_QUOTA = 43101;
const ledger = () => db.collection(COLLECTIONS.subscriptions.name);
export const subscriptionId = (memberId: string, templateId: string) => `${memberId}:${templateId}`;

/**
 * `thing` fields hold at most 20 characters (docs/wechat.md §2.3): longer text is cut with an
 * ellipsis.
 */
export function thing(text: string): string {
  const chars = [...text];
  return chars.length <= 20 ? text : `${chars.slice(0, 19).join('')}…`;
}

/**
 * Records what the member accepted in wx.requestSubscribeMessage: each accept buys one send
 * (docs/wechat.md §2.1). A replayed report over-counts at worst; WeChat then refuses with 43101
 * and the push zeroes it. Answers the sends left per template.
 */
export async function recordAccepted(
  memberId: string,
  templateIds: string[],
): Promise<Record<string, number>> {
  const quota: Record<string, number> = {};
  for (const templateId of templateIds) {
    const _id = subscriptionId(memberId, templateId);
    await bump(COLLECTIONS.subscriptions.name, _id, 'quota', 1, { memberId, templateId });
    quota[templateId] =
      (await findById<SubscriptionDoc>(COLLECTIONS.subscriptions.name, _id))?.quota ?? 0;
  }
  return quota;
}

/**
 * Sends one subscribe message to a member when their ledger has a send left, taken with a
 * guarded decrement before sending (docs/wechat.md §2.4). WeChat's 43101 means the ledger was
 * wrong and it is zeroed; any other refusal gives the send back. A member not bound to WeChat
 * has nobody to send to: like no quota.
 */
export async function pushToMember(
  memberId: string,
  openid: string | null,
  message: SubscribeMessage,
): Promise<PushOutcome> {
  if (!openid) return 'no_quota';
  const id = subscriptionId(memberId, message.templateId);
  const taken = await ledger()
    .where({ _id: id, quota: _.gt(0) })
    .update({ data: { quota: _.inc(-1) } });
  if (taken.stats.updated === 0) return 'no_quota';
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: openid,
      ...message,
      miniprogramState: 'formal',
    });
    return 'sent';
  } catch (error) {
    if ((error as { errCode?: number }).errCode === NO_QUOTA) {
      await ledger()
        .doc(id)
        .update({ data: { quota: 0 } });
      return 'no_quota';
    }
    console.error('[subscribe push]', error);
    await ledger()
      .doc(id)
      .update({ data: { quota: _.inc(1) } });
    return 'failed';
  }
}
