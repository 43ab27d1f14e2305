import type { ArticleDoc, MemberDoc, NewsColumnDoc } from '../../../typings/documents';
import { isEditable, publisherKindOf } from '../../../typings/policy';
import { administersOrg, managesOrg, type OrgRef } from '../../_shared/scope';

/**
 * Whether a member may write in `column` for the subtree of `scope`: the column must be offered
 * at or above the scope, and one of the member's roles must be a publisher the column allows
 * whose organisation holds the scope.
 */
export function mayPublish(
  member: MemberDoc,
  scope: OrgRef,
  column: Pick<NewsColumnDoc, 'orgPath' | 'publishers'>,
): boolean {
  if (!scope.path.startsWith(column.orgPath)) return false;
  return member.roles.some((role) => {
    const kind = publisherKindOf(role);
    return kind !== null && column.publishers.includes(kind) && scope.path.startsWith(role.orgPath);
  });
}

const scopeOf = (article: ArticleDoc): OrgRef => ({
  _id: article.scopeId,
  path: article.scopePath,
});

/** Reviewers publish or return: the 书记/副书记 of the scope, or an admin above it. */
export function mayReview(member: MemberDoc, article: ArticleDoc): boolean {
  return managesOrg(member, scopeOf(article));
}

/**
 * Approving is for a reviewer who did not write or submit the article: the one who submits
 * does not approve; another reviewer of the scope or the committee above does.
 */
export function mayApprove(member: MemberDoc, article: ArticleDoc): boolean {
  if (article.editorId === member._id || article.submittedBy === member._id) return false;
  return mayReview(member, article);
}

/** Pinning is for reviewers only: an editor cannot put their own article on top of the feed. */
export function mayPin(member: MemberDoc, scope: OrgRef): boolean {
  return managesOrg(member, scope);
}

/** A text content security held for a human is cleared by an admin above the scope only. */
export function mayClearContent(member: MemberDoc, article: ArticleDoc): boolean {
  return administersOrg(member, scopeOf(article));
}

/** A draft, a returned or a withdrawn article is edited by its editor or by a reviewer of its scope. */
export function mayEdit(member: MemberDoc, article: ArticleDoc): boolean {
  if (!isEditable(article.status)) return false;
  return article.editorId === member._id || mayReview(member, article);
}

/** Whether the member may see the article in any state (its editor and its reviewers). */
export function mayManage(member: MemberDoc, article: ArticleDoc): boolean {
  return article.editorId === member._id || mayReview(member, article);
}

/**
 * Published articles are read at their scope and everything below it; an enterprise-wide one
 * also by someone without a member session (a link opened from moments).
 */
export function mayRead(member: MemberDoc | null, article: ArticleDoc): boolean {
  if (article.status !== 'published') return false;
  if (article.enterpriseWide) return true;
  return member !== null && member.orgPath.startsWith(article.scopePath);
}

/** Whether the member may open the article now: as a reader, or as its editor or reviewer. */
export function maySee(member: MemberDoc | null, article: ArticleDoc): boolean {
  return mayRead(member, article) || (member !== null && mayManage(member, article));
}

/** The organisations whose articles a member's feed shows: their own and each ancestor. */
export function feedScopes(orgPath: string): string[] {
  return orgPath.split('/').filter(Boolean);
}
