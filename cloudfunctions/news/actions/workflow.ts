import type { ArticleDoc, ArticleStatus, MemberDoc } from '../../../typings/documents';
import { isEditable } from '../../../typings/policy';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { AppError, forbidden } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { feedKey, publishedKey, queueKey } from '../keys';
import { loadArticle } from '../repo';
import { mayApprove, mayClearContent, mayEdit, mayReview } from '../rules/publishing';
import { toDraft } from '../views';

/**
 * Moves an article from the status it was read in: the update is guarded by that status, so of
 * two racing reviewers one wins and the other is told the article changed.
 */
async function transition(article: ArticleDoc, changes: Partial<ArticleDoc>) {
  const { stats } = await db
    .collection(COLLECTIONS.articles.name)
    .where({ _id: article._id, status: article.status })
    .update({ data: changes });
  if (stats.updated === 0) throw new AppError('CONFLICT', '文章状态已变化，请刷新后重试');
  return toDraft({ ...article, ...changes });
}

const wrongStatus = (wanted: string) =>
  new AppError('CONFLICT', `只有${wanted}的文章可以进行此操作`);

export const submit = action('news', 'submit', {
  async handler({ id }, caller) {
    const member = requireMember(caller);
    const article = await loadArticle(id);
    if (!isEditable(article.status)) throw wrongStatus('草稿、被退回或已撤回');
    if (!mayEdit(member, article)) throw forbidden('只有作者或审核人可以提交该文章');
    const now = clock.now();
    // Text content security held for review waits for an admin before any reviewer sees it.
    const status: ArticleStatus = article.contentCheck === 'review' ? 'reviewing' : 'submitted';
    return transition(article, {
      status,
      submittedBy: member._id,
      queueKey: queueKey(article.scopePath, now, id),
      updatedAt: now,
    });
  },
});

/**
 * A reviewer publishes or returns a submitted article; an admin clears (to the reviewers) or
 * returns one that content security held for review.
 */
export const review = action('news', 'review', {
  async handler({ id, approve, comment }, caller) {
    const member = requireMember(caller);
    const article = await loadArticle(id);
    const now = clock.now();
    const reviewed = { reviewerId: member._id, reviewedAt: now, updatedAt: now };
    if (article.status === 'reviewing') {
      if (!mayClearContent(member, article))
        throw forbidden('只有上级党组织管理员可以处理内容安全复核');
      return transition(article, {
        ...reviewed,
        ...(approve
          ? {
              status: 'submitted',
              contentCheck: 'pass',
              queueKey: queueKey(article.scopePath, now, id),
            }
          : { status: 'returned', reviewComment: comment ?? null }),
      });
    }
    if (article.status !== 'submitted') throw wrongStatus('待审核');
    if (!mayReview(member, article)) throw forbidden('只有本组织书记或上级管理员可以审核文章');
    if (approve && !mayApprove(member, article)) {
      throw forbidden('自己提交的文章不能自己审核发布，请由其他审核人或上级党组织审核');
    }
    const decided = await transition(article, {
      ...reviewed,
      ...(approve
        ? {
            status: 'published',
            publishedAt: now,
            feedKey: feedKey(article.pinned, now, id),
            publishedKey: publishedKey(now, id),
            reviewComment: null,
          }
        : { status: 'returned', reviewComment: comment ?? null }),
    });
    // Published again after a withdrawal, perhaps retitled: 我的分享 lists it as it is now.
    if (approve && article.publishedAt)
      await db
        .collection(COLLECTIONS.shares.name)
        .where({ articleId: id })
        .update({ data: { title: article.title } });
    return decided;
  },
});

export const withdraw = action('news', 'withdraw', {
  async handler({ id }, caller) {
    const member = requireMember(caller);
    const article = await loadArticle(id);
    if (article.status !== 'published') throw wrongStatus('已发布');
    requireEditorOrReviewer(member, article);
    return transition(article, {
      status: 'withdrawn',
      feedKey: '',
      publishedKey: '',
      updatedAt: clock.now(),
    });
  },
});

/** Pinning re-keys the article: pinned ones sort above every unpinned one. */
export const pin = action('news', 'pin', {
  async handler({ id, pinned }, caller) {
    const member = requireMember(caller);
    const article = await loadArticle(id);
    if (article.status !== 'published' || !article.publishedAt) throw wrongStatus('已发布');
    if (!mayReview(member, article)) throw forbidden('只有本组织书记或上级管理员可以置顶文章');
    return transition(article, {
      pinned,
      feedKey: feedKey(pinned, new Date(article.publishedAt), id),
      updatedAt: clock.now(),
    });
  },
});

function requireEditorOrReviewer(member: MemberDoc, article: ArticleDoc): void {
  if (article.editorId !== member._id && !mayReview(member, article)) {
    throw forbidden('只有作者或审核人可以撤回该文章');
  }
}
