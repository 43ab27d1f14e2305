import type { ArticleDoc, NewsColumnDoc } from '../../typings/documents';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { notFound } from '../_shared/errors';

/** Also the answer about an article the caller may not see yet: it does not exist for them. */
export const articleNotFound = () => notFound('找不到该文章');

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
