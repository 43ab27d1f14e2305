import type { ArticleDetail } from '../../typings';

/** An article as news.get answers it: a published enterprise-wide one, unless told otherwise. */
export const articleDetail = (over: Partial<ArticleDetail> = {}): ArticleDetail => ({
  _id: 'a1',
  title: '集团召开2026年度党建工作推进会',
  cover: null,
  summary: '',
  column: '党建要闻',
  source: '党群工作部',
  scopeName: '华北能源集团有限公司党委',
  pinned: false,
  publishedAt: '2026-12-01T02:00:00.000Z',
  readCount: 3,
  body: '<p>正文</p>',
  editableBody: null,
  author: '党群工作部',
  columnId: 'col-news',
  scopeId: 'org-root',
  enterpriseWide: true,
  status: 'published',
  shareOpenCount: 0,
  sharedBy: null,
  firstRead: false,
  canManage: false,
  reviewComment: null,
  ...over,
});

/** A branch's unpublished article as its author opens it to manage or edit. */
export const branchArticle = (over: Partial<ArticleDetail> = {}): ArticleDetail =>
  articleDetail({
    title: '支部动态',
    source: '',
    scopeName: '综合办公室党支部',
    publishedAt: '',
    readCount: 0,
    editableBody: '<p>正文</p>',
    author: '',
    scopeId: 'org-b-office',
    enterpriseWide: false,
    canManage: true,
    ...over,
  });
