import type { ArticleDoc, MemberDoc, NewsColumnDoc } from '../../typings/documents';
import { mayApprove } from './rules/publishing';
import type { ArticleDraft, ArticleListItem, NewsColumn } from '../../typings/functions/news';

const iso = (d: Date | string) => new Date(d).toISOString();

export function toColumn(c: NewsColumnDoc): NewsColumn {
  return { _id: c._id, orgId: c.orgId, name: c.name, order: c.order, publishers: c.publishers };
}

/** The fields a list item is made of: a feed page reads only these. */
export const LIST_ITEM_FIELDS = {
  _id: true,
  title: true,
  cover: true,
  summary: true,
  column: true,
  source: true,
  scopeName: true,
  pinned: true,
  publishedAt: true,
  readCount: true,
} as const;

export type ListItemFields = Pick<ArticleDoc, keyof typeof LIST_ITEM_FIELDS>;

export function toListItem(a: ListItemFields): ArticleListItem {
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

/** An article for its editor and reviewers; `viewer` is given in a reviewer's queue. */
export function toDraft(a: ArticleDoc, viewer?: MemberDoc): ArticleDraft {
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
    canApprove: viewer !== undefined && mayApprove(viewer, a),
  };
}
