import type { MemberDoc, SubscriptionDoc } from '../../../typings/documents';
import { _, db } from '../cloud';
import { COLLECTIONS } from '../collections';

/**
 * The notices' subscribe-message template, chosen in the mini-program console (fields 通知标题
 * thing1, 发布组织 thing2, 发布时间 date3). Its id differs per environment and is set there as
 * NOTICE_TEMPLATE_ID; the local cloud accepts any id, so it runs with its own.
 */
export const NOTICE_TEMPLATE_ID = process.env.NOTICE_TEMPLATE_ID || 'local-notice-template';

/**
 * Of these members, those a notice's subscribe message can reach now: bound to WeChat, with a
 * send left (docs/wechat.md §2.4). The others see the notice only in 消息中心. Two reads.
 */
export async function reachable(memberIds: string[]): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const { data: subs } = await db
    .collection(COLLECTIONS.subscriptions.name)
    .where({
      _id: _.in(memberIds.map((m) => `${m}:${NOTICE_TEMPLATE_ID}`)),
      quota: _.gt(0),
    })
    .field({ memberId: true })
    .limit(memberIds.length)
    .get<Pick<SubscriptionDoc, 'memberId'>>();
  if (subs.length === 0) return new Set();
  const { data: bound } = await db
    .collection(COLLECTIONS.members.name)
    .where({ _id: _.in(subs.map((s) => s.memberId)), openid: _.neq(null) })
    .field({ _id: true })
    .limit(subs.length)
    .get<Pick<MemberDoc, '_id'>>();
  return new Set(bound.map((m) => m._id));
}
