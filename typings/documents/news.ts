import type { PublisherKind } from '../policy/roles';
import type { ArticleStatus } from '../policy/workflow';

export type { PublisherKind } from '../policy/roles';
export type { ArticleStatus } from '../policy/workflow';

/** Collection `news_columns`: a feed tab an organisation offers to everything below it. */
export interface NewsColumnDoc {
  _id: string;
  orgId: string;
  orgPath: string;
  name: string;
  /** Tabs are shown in this order (lowest first). */
  order: number;
  publishers: PublisherKind[];
  createdAt: Date;
}

/** Collection `news_articles`. */
export interface ArticleDoc {
  _id: string;
  title: string;
  /** cloud:// file id or https URL. */
  cover: string | null;
  summary: string;
  /** Sanitised HTML (see cloudfunctions/news/rich-body.ts). */
  body: string;
  /** 来源, e.g. 新华社 or 党群工作部. */
  source: string;
  /** The byline shown to readers. */
  author: string;
  columnId: string;
  /** The column's name: feed tabs filter on it, so same-named columns of an org chain merge. */
  column: string;
  /** Visible at this organisation and everything below it; the root means enterprise-wide. */
  scopeId: string;
  scopePath: string;
  scopeName: string;
  enterpriseWide: boolean;
  /**
   * The scope's top-level organisation below the root (its 党总支, or a branch directly under
   * the root), or the root itself for an enterprise-wide article: the feed's index partition.
   */
  zone: string;
  status: ArticleStatus;
  pinned: boolean;
  publishedAt: Date | null;
  /**
   * `pinned(1|0) + publishedAt ISO + _id`, descending: one indexed key puts pinned first, then
   * newest, and is its own cursor. Empty until published.
   */
  feedKey: string;
  /** `publishedAt ISO + _id`, descending: 下级动态's order, pinned or not. Empty until published. */
  publishedKey: string;
  /** `scopePath + updatedAt ISO + | + _id`: a reviewer's queue is one range of it. */
  queueKey: string;
  /** The verdict of content security on the last saved text. */
  contentCheck: 'pass' | 'review';
  editorId: string;
  editorName: string;
  /** Who last submitted it for review: they do not approve it. */
  submittedBy?: string | null;
  reviewComment: string | null;
  reviewerId: string | null;
  reviewedAt: Date | null;
  readCount: number;
  shareOpenCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Collection `news_reads`: `_id` is `${memberId}:${articleId}`, so a member reads once. */
export interface ArticleReadDoc {
  _id: string;
  memberId: string;
  memberName: string;
  /** The reader's organisation path, for a secretary's "who has read it" of a subtree. */
  orgPath: string;
  articleId: string;
  title: string;
  column: string;
  openedAt: Date;
  /** `openedAt ISO + | + articleId`: the member's history, newest first, is one index range. */
  historyKey: string;
  /** Reading time the page reported, capped and never more than the time since opening. */
  seconds: number;
  /** When reading time first reached the threshold that counts as real reading. */
  qualifiedAt: Date | null;
}

/**
 * Collection `news_share_links`: a member's share of an article, `_id` `${sharerId}:${articleId}`
 * (one per sharer and article, however often they forward it). Its link carries `token`.
 */
export interface ShareDoc {
  _id: string;
  /** Random and unique: what a link names the share by. */
  token: string;
  sharerId: string;
  articleId: string;
  title: string;
  sharedAt: Date;
  /** `sharedAt ISO + | + _id`: a sharer's shares, newest first, are one index range. */
  listKey: string;
  /** Distinct members other than the sharer who opened the link: one increment per opener. */
  opens: number;
}

/** Collection `news_shares`: `_id` is `${sharerId}:${openerKey}:${articleId}`, counted once. */
export interface ShareOpenDoc {
  _id: string;
  sharerId: string;
  /** The opener's member id, or `wx:<openid>` for someone not bound to a member. */
  openerKey: string;
  articleId: string;
  openedAt: Date;
}
