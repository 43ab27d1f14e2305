import * as z from 'zod';
import type { ArticleStatus, PublisherKind } from '../documents';
import { ARTICLE_LIMITS, PUBLISHER_KINDS, QUEUED_STATUSES } from '../policy';
import { cursorSchema, idSchema, type Page, type UploadTicket } from './common';
import { safeText } from './text';

const text = (max: number) => safeText(max);

/** Covers, images and videos come from cloud storage or an https address, nothing else. */
export const mediaUrlSchema = z
  .string()
  .trim()
  .max(500)
  .regex(/^(cloud|https):\/\/\S+$/, { error: '须为云存储文件或 https 地址' });

/** What an editor writes; the body is HTML the function sanitises before it is stored. */
export const articleFieldsSchema = z.object({
  title: text(ARTICLE_LIMITS.title).min(1),
  cover: mediaUrlSchema.nullable(),
  summary: safeText(ARTICLE_LIMITS.summary, { multiline: true }),
  body: safeText(100_000, { multiline: true }).min(1),
  source: text(ARTICLE_LIMITS.source),
  author: text(ARTICLE_LIMITS.author),
  columnId: idSchema,
  /** The organisation whose subtree sees the article; the root means enterprise-wide. */
  scopeId: idSchema,
  pinned: z.boolean(),
});

/** The media an article may carry from cloud storage. */
export const ARTICLE_MEDIA_TYPES = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'mp4'] as const;

const publisherSchema = z.enum(PUBLISHER_KINDS);

/**
 * What a shared link carries to name its share: a random token the server issued (news.share),
 * never a member id or an openid, so a link tells its readers nothing they could reuse.
 */
export const shareTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/, { error: '分享链接不完整，请让分享人重新转发' });

export const newsSchemas = {
  columns: z.object({}).strict(),
  saveColumn: z
    .object({
      id: idSchema.optional(),
      orgId: idSchema,
      name: text(10).min(1),
      order: z.int().min(0).max(999),
      publishers: z.array(publisherSchema).min(1).max(3),
    })
    .strict(),
  list: z.object({ column: text(10).min(1).optional(), cursor: cursorSchema.optional() }).strict(),
  /** `share`: the token of the shared link the article was opened from. */
  get: z.object({ id: idSchema, share: shareTokenSchema.optional() }).strict(),
  /** 转发到群: the caller's share of a published article they may read, issued once and kept. */
  share: z.object({ id: idSchema }).strict(),
  /** 我的分享: the caller's shares, newest first. */
  myShares: z.object({ cursor: cursorSchema.optional() }).strict(),
  /** Seconds of visible reading since the page's previous heartbeat. */
  heartbeat: z.object({ id: idSchema, seconds: z.int().min(1).max(120) }).strict(),
  history: z.object({ cursor: cursorSchema.optional() }).strict(),
  /** 下级动态: what the organisations below an admin publish; `orgId` narrows it to one subtree. */
  subtree: z.object({ orgId: idSchema.optional(), cursor: cursorSchema.optional() }).strict(),
  save: articleFieldsSchema.extend({ id: idSchema.optional() }).strict(),
  submit: z.object({ id: idSchema }).strict(),
  review: z
    .object({
      id: idSchema,
      approve: z.boolean(),
      comment: safeText(ARTICLE_LIMITS.reviewComment, { multiline: true }).optional(),
    })
    .strict()
    .refine((r) => r.approve || !!r.comment, { error: '退回时请填写意见', path: ['comment'] }),
  withdraw: z.object({ id: idSchema }).strict(),
  pin: z.object({ id: idSchema, pinned: z.boolean() }).strict(),
  mine: z.object({ cursor: cursorSchema.optional() }).strict(),
  queue: z
    .object({
      orgId: idSchema,
      status: z.enum(QUEUED_STATUSES),
      cursor: cursorSchema.optional(),
    })
    .strict(),
  readers: z.object({ id: idSchema, orgId: idSchema }).strict(),
  /** Where to upload one image or video for an article: the server chooses and records the path. */
  uploadTicket: z.object({ ext: z.enum(ARTICLE_MEDIA_TYPES) }).strict(),
};

type Req<K extends keyof typeof newsSchemas> = z.input<(typeof newsSchemas)[K]>;

export interface NewsColumn {
  _id: string;
  orgId: string;
  name: string;
  order: number;
  publishers: PublisherKind[];
}

/** One row of the feed. */
export interface ArticleListItem {
  _id: string;
  title: string;
  cover: string | null;
  summary: string;
  column: string;
  source: string;
  scopeName: string;
  pinned: boolean;
  /** ISO time. */
  publishedAt: string;
  readCount: number;
}

export interface ArticleDetail extends ArticleListItem {
  /** Sanitised HTML whose cloud files are short-lived links. */
  body: string;
  /** The body as stored, with cloud file ids: for those who may edit it, else null. */
  editableBody: string | null;
  author: string;
  columnId: string;
  scopeId: string;
  enterpriseWide: boolean;
  status: ArticleStatus;
  shareOpenCount: number;
  /**
   * 由 某某 分享: the display name of the member whose link the caller opened (their nickname,
   * else their name; for someone not on the roster only a nickname), or null.
   */
  sharedBy: string | null;
  /** Whether this open was the caller's first (a read was recorded). */
  firstRead: boolean;
  /** Whether the caller may edit, review, pin or withdraw it. */
  canManage: boolean;
  /** The reviewer's reason for returning it: for its editor and reviewers, else null. */
  reviewComment: string | null;
}

/** An article as its editor and reviewers see it, whatever its status. */
export interface ArticleDraft {
  _id: string;
  title: string;
  column: string;
  columnId: string;
  scopeId: string;
  scopeName: string;
  status: ArticleStatus;
  pinned: boolean;
  editorName: string;
  reviewComment: string | null;
  /** ISO time. */
  updatedAt: string;
  /**
   * Whether the caller may approve it now: a reviewer of its scope who neither wrote nor
   * submitted it (in a reviewer's queue; false elsewhere).
   */
  canApprove: boolean;
}

export interface HistoryItem {
  articleId: string;
  title: string;
  column: string;
  /** ISO time. */
  openedAt: string;
  seconds: number;
}

export interface ReaderRow {
  memberId: string;
  name: string;
  /** ISO time; null in the unread list. */
  readAt: string | null;
  seconds: number;
}

/** The caller's share of an article: its link carries `token`. */
export interface ShareLink {
  token: string;
}

/** One row of 我的分享. */
export interface MyShareItem {
  articleId: string;
  title: string;
  /** ISO time of the first share. */
  sharedAt: string;
  /** Colleagues (members other than the sharer) who opened the link, each counted once. */
  opens: number;
}

export interface NewsActions {
  columns: { req: Req<'columns'>; res: { items: NewsColumn[] } };
  saveColumn: { req: Req<'saveColumn'>; res: NewsColumn };
  list: { req: Req<'list'>; res: Page<ArticleListItem> };
  get: { req: Req<'get'>; res: ArticleDetail };
  share: { req: Req<'share'>; res: ShareLink };
  myShares: { req: Req<'myShares'>; res: Page<MyShareItem> };
  heartbeat: { req: Req<'heartbeat'>; res: { seconds: number; qualified: boolean } };
  history: { req: Req<'history'>; res: Page<HistoryItem> };
  subtree: { req: Req<'subtree'>; res: Page<ArticleListItem> };
  save: { req: Req<'save'>; res: ArticleDraft };
  submit: { req: Req<'submit'>; res: ArticleDraft };
  review: { req: Req<'review'>; res: ArticleDraft };
  withdraw: { req: Req<'withdraw'>; res: ArticleDraft };
  pin: { req: Req<'pin'>; res: ArticleDraft };
  mine: { req: Req<'mine'>; res: Page<ArticleDraft> };
  queue: { req: Req<'queue'>; res: Page<ArticleDraft> };
  readers: { req: Req<'readers'>; res: { read: ReaderRow[]; unread: ReaderRow[] } };
  uploadTicket: { req: Req<'uploadTicket'>; res: UploadTicket };
}
