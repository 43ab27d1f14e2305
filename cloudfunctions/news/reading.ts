import type { ArticleDoc, ArticleReadDoc, MemberDoc, ShareOpenDoc } from '../../typings/documents';
import { db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { isDuplicateKey } from '../_shared/db-errors';
import { awardPoints, entryIdOf } from '../_shared/points/award';
import { readId } from './keys';
import { maySee } from './rules/publishing';

/** Adds a document whose deterministic `_id` makes the write happen once; false when it already had. */
async function addOnce(collection: string, doc: { _id: string }): Promise<boolean> {
  try {
    await db.collection(collection).add({ data: doc });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** Records a member's first open of an article (one write); false when they had read it before. */
export function recordRead(member: MemberDoc, article: ArticleDoc, now: Date): Promise<boolean> {
  const read: ArticleReadDoc = {
    _id: readId(member._id, article._id),
    memberId: member._id,
    memberName: member.name,
    orgPath: member.orgPath,
    articleId: article._id,
    title: article.title,
    column: article.column,
    openedAt: now,
    historyKey: `${now.toISOString()}|${article._id}`,
    seconds: 0,
    qualifiedAt: null,
  };
  return addOnce(COLLECTIONS.articleReads.name, read);
}

/**
 * Records that someone opened a link `sharerId` shared, once per (sharer, opener, article), and
 * awards the sharer's points. Only openers who are members earn the sharer points: anyone can
 * make WeChat accounts, not roster entries. A sharer id that names no bound member, or one who
 * may not open the article, records nothing.
 * The award follows the record. When the open was recorded before, one read of the ledger tells
 * whether its award was made too: an attempt that died between the two is finished by the next
 * open, and an ordinary repeated open costs that one read, not an award.
 */
export async function recordShareOpen(
  sharerId: string,
  opener: MemberDoc | null,
  openid: string,
  article: ArticleDoc,
  now: Date,
): Promise<boolean> {
  const sharer = await findById<MemberDoc>(COLLECTIONS.members.name, sharerId);
  // Only a bound member who could open the article can have shared it: an id typed into a link
  // credits nobody else.
  if (!sharer?.openid || !maySee(sharer, article)) return false;
  const openerKey = opener ? opener._id : `wx:${openid}`;
  const open: ShareOpenDoc = {
    _id: `${sharerId}:${openerKey}:${article._id}`,
    sharerId,
    openerKey,
    articleId: article._id,
    openedAt: now,
  };
  const first = await addOnce(COLLECTIONS.shareOpens.name, open);
  if (!opener) return first;
  const sourceId = `${article._id}:${opener._id}`;
  const entryId = entryIdOf('share_opened', sharer._id, sourceId);
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
  return first;
}
