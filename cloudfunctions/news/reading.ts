import type { ArticleDoc, ArticleReadDoc, MemberDoc } from '../../typings/documents';
import { COLLECTIONS } from '../_shared/collections';
import { readId } from './keys';
import { addOnce } from './once';

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
