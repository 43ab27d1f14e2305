import type { ArticleDoc, NewsColumnDoc } from '../../typings/documents';
import type { ArticleDraft, ArticleListItem, NewsColumn } from '../../typings/functions/news';

const iso = (d: Date | string) => new Date(d).toISOString();

export function toColumn(c: NewsColumnDoc): NewsColumn {
  return { _id: c._id, orgId: c.orgId, name: c.name, order: c.order, publishers: c.publishers };
}

export function toListItem(a: Omit<ArticleDoc, 'body'>): ArticleListItem {
  return {
    _id: a._id,
    title: a.title,
    cover: a.cover,
    summary: a.summary,
    column: a.column,
    source: a.source,
    scopeName: a.scopeName,
    pinned: a.pinned,
    publishedAt: a.publishedAt ? iso(a.publishedAt) : '',
    readCount: a.readCount,
  };
}

export function toDraft(a: ArticleDoc): ArticleDraft {
  return {
    _id: a._id,
    title: a.title,
    column: a.column,
    columnId: a.columnId,
    scopeId: a.scopeId,
    scopeName: a.scopeName,
    status: a.status,
    pinned: a.pinned,
    editorName: a.editorName,
    reviewComment: a.reviewComment,
    updatedAt: iso(a.updatedAt),
  };
}
