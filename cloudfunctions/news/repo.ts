import type { ArticleDoc, NewsColumnDoc } from '../../typings/documents';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { forbidden, notFound, unauthenticated } from '../_shared/errors';

/** Also the answer about an article the caller may not see yet: it does not exist for them. */
export const articleNotFound = () => notFound('找不到该文章');

/** Why someone may not read an article: what news.get and news.share answer alike. */
export function readRefusal(article: ArticleDoc, bound: boolean) {
  // Who may not see drafts learns nothing of one: the answer is the same as for no article.
  if (article.status !== 'published') return articleNotFound();
  if (!bound) return unauthenticated('该文章仅对本单位党员开放，请先绑定党员身份');
  return forbidden('该文章仅对发布组织的党员开放');
}

export async function loadArticle(id: string): Promise<ArticleDoc> {
  const article = await findById<ArticleDoc>(COLLECTIONS.articles.name, id);
  if (!article) throw articleNotFound();
  return article;
}

export async function loadColumn(id: string): Promise<NewsColumnDoc> {
  const column = await findById<NewsColumnDoc>(COLLECTIONS.newsColumns.name, id);
  if (!column) throw notFound('找不到该栏目');
  return column;
}
