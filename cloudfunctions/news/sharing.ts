import { randomBytes } from 'node:crypto';
import type { ArticleDoc, MemberDoc, ShareDoc, ShareOpenDoc } from '../../typings/documents';
import type { Caller } from '../_shared/caller';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { findById, findOne } from '../_shared/db';
import { awardPoints, entryIdOf } from '../_shared/points/award';
import { shareId } from './keys';
import { addOnce } from './once';
import { maySee } from './rules/publishing';

/** 22 characters of base64url: 128 random bits, nothing a reader could derive a member from. */
const newToken = () => randomBytes(16).toString('base64url');

/**
 * The member's share of an article, issued on their first forward and the same ever after, so
 * 我的分享 has one row per article and its count of openers is the share's own.
 */
export async function issueShare(
  member: MemberDoc,
  article: ArticleDoc,
  now: Date,
): Promise<ShareDoc> {
  const _id = shareId(member._id, article._id);
  const kept = await findById<ShareDoc>(COLLECTIONS.shares.name, _id);
  if (kept) return kept;
  const share: ShareDoc = {
    _id,
    token: newToken(),
    sharerId: member._id,
    articleId: article._id,
    title: article.title,
    sharedAt: now,
    listKey: `${now.toISOString()}|${_id}`,
    opens: 0,
  };
  if (await addOnce(COLLECTIONS.shares.name, share)) return share;
  // Two first forwards at once: the one stored first is the share.
  const first = await findById<ShareDoc>(COLLECTIONS.shares.name, _id);
  if (!first) throw new Error(`share ${_id} refused as a duplicate yet not found`);
  return first;
}

export const findShare = (token: string) => findOne<ShareDoc>(COLLECTIONS.shares.name, { token });

export interface LinkOpen {
  /** 由 某某 分享, or null when the link names no one the caller is to be told of. */
  sharedBy: string | null;
  /** Whether this open was the first of this opener on this share (the article counts it). */
  shareOpened: boolean;
}

const NOTHING: LinkOpen = { sharedBy: null, shareOpened: false };

/**
 * Someone opened a published article from `share`'s link. They are told who shared it: a
 * colleague by the sharer's nickname or else name, someone off the roster by a nickname only
 * (a roster name is for colleagues). An identified opener other than the sharer is recorded
 * once per share; a member opener also counts once on the share and earns the sharer points.
 * A caller WeChat does not identify (moments single-page mode) cannot be told from another,
 * so is recorded nowhere.
 */
export async function openShare(
  share: ShareDoc,
  caller: Caller,
  article: ArticleDoc,
  now: Date,
): Promise<LinkOpen> {
  // A token copied onto another article's link names no share of it.
  if (share.articleId !== article._id) return NOTHING;
  const sharer = await findById<MemberDoc>(COLLECTIONS.members.name, share.sharerId);
  // Only a bound member who may still open the article is its sharer: one unbound since, or
  // moved out of its scope, credits and names nobody.
  if (!sharer?.openid || !maySee(sharer, article)) return NOTHING;
  const opener = caller.member;
  if (sharer.openid === caller.openid || sharer._id === opener?._id) return NOTHING;
  const sharedBy = opener ? sharer.nickname || sharer.name : sharer.nickname || null;
  if (!caller.openid) return { sharedBy, shareOpened: false };
  return {
    sharedBy,
    shareOpened: await recordShareOpen(share, sharer, opener, caller.openid, now),
  };
}

/**
 * Records the open once per (share, opener): `_id` `${sharerId}:${openerKey}:${articleId}`.
 * Only openers who are members count on the share and earn the sharer points: anyone can make
 * WeChat accounts, not roster entries.
 * The award follows the record. When the open was recorded before, one read of the ledger tells
 * whether its award was made too: an attempt that died between the two is finished by the next
 * open, and an ordinary repeated open costs that one read, not an award.
 */
async function recordShareOpen(
  share: ShareDoc,
  sharer: MemberDoc,
  opener: MemberDoc | null,
  openid: string,
  now: Date,
): Promise<boolean> {
  const openerKey = opener ? opener._id : `wx:${openid}`;
  const open: ShareOpenDoc = {
    _id: `${sharer._id}:${openerKey}:${share.articleId}`,
    sharerId: sharer._id,
    openerKey,
    articleId: share.articleId,
    openedAt: now,
  };
  const first = await addOnce(COLLECTIONS.shareOpens.name, open);
  if (!opener) return first;
  const sourceId = `${share.articleId}:${opener._id}`;
  const entryId = entryIdOf('share_opened', sharer._id, sourceId);
  const award = async () => {
    if (first || !(await findById(COLLECTIONS.pointLedger.name, entryId))) {
      await awardPoints({
        memberId: sharer._id,
        orgId: sharer.orgId,
        orgPath: sharer.orgPath,
        rule: 'share_opened',
        sourceId,
        at: now,
      });
    }
  };
  const countOnShare = async () => {
    // Maintained, not recounted: the open's record admits one increment per opener.
    if (first) {
      await db
        .collection(COLLECTIONS.shares.name)
        .doc(share._id)
        .update({ data: { opens: _.inc(1) } });
    }
  };
  await Promise.all([award(), countOnShare()]);
  return first;
}
