import * as z from 'zod';
import type { NoticeLink } from '../documents/notice';
import { NOTICE_LIMITS, requestIdSchema } from '../policy';
import { cursorSchema, dateSchema, idSchema, type Page, type UploadTicket } from './common';
import { safeText } from './text';

const text = (max: number) => safeText(max);
const templateIdSchema = z.string().trim().min(1).max(64);

export const noticeSchemas = {
  /** The subscribe-message templates the client asks the member to accept. */
  templates: z.object({}).strict(),
  /** What wx.requestSubscribeMessage answered: the ids asked and those the member accepted. */
  subscribe: z
    .object({
      templateIds: z.array(templateIdSchema).min(1).max(3),
      accepted: z.array(templateIdSchema).max(3),
    })
    .strict()
    .refine((s) => s.accepted.every((id) => s.templateIds.includes(id)), {
      error: '接受的模板须在请求的模板之中',
      path: ['accepted'],
    }),
  send: z
    .object({
      /** Client-made id of this send: a retried request creates no second notice. */
      requestId: requestIdSchema,
      orgId: idSchema,
      title: text(NOTICE_LIMITS.title).min(1),
      body: safeText(NOTICE_LIMITS.body, { multiline: true }).min(1),
      attachments: z
        .array(
          z
            .object({
              fileID: z.string().startsWith('cloud://').max(300),
              name: text(NOTICE_LIMITS.attachmentName).min(1),
            })
            .strict(),
        )
        .max(NOTICE_LIMITS.attachments),
      deadline: dateSchema.nullable(),
      /** The sender takes a copy in their own 消息中心; otherwise a sender is never a recipient. */
      copySelf: z.boolean().optional(),
    })
    .strict(),
  inbox: z.object({ cursor: cursorSchema.optional() }).strict(),
  get: z.object({ id: idSchema }).strict(),
  sent: z.object({ cursor: cursorSchema.optional() }).strict(),
  stats: z.object({ id: idSchema }).strict(),
  recipients: z
    .object({ id: idSchema, read: z.boolean(), cursor: cursorSchema.optional() })
    .strict(),
  /** `dryRun`: only say how many a reminder would reach, and how. */
  remind: z.object({ id: idSchema, dryRun: z.boolean().optional() }).strict(),
  /** Where to upload one attachment: the server chooses and records the path. */
  uploadTicket: z
    .object({ ext: z.string().regex(/^[a-z0-9]{1,8}$/, { error: '文件扩展名不正确' }) })
    .strict(),
};

type Req<K extends keyof typeof noticeSchemas> = z.input<(typeof noticeSchemas)[K]>;

export interface InboxItem {
  /** The notice id. */
  _id: string;
  title: string;
  orgName: string;
  deadline: string | null;
  /** ISO time. */
  createdAt: string;
  read: boolean;
}

/** What a reminder does: who gets a WeChat message now, who can see it only in 消息中心. */
export interface RemindResult {
  /** Unread members bound to WeChat with a subscribe-message send left: a message is queued. */
  wechat: number;
  /** Unread members without one: the notice waits, unread, in their 消息中心. */
  inboxOnly: number;
  /** Already reminded today: nothing was done. */
  alreadyToday: boolean;
}

export interface NoticeDetail {
  _id: string;
  title: string;
  body: string;
  orgName: string;
  senderName: string;
  deadline: string | null;
  /** ISO time. */
  createdAt: string;
  /** Short-lived download links, handed out only to recipients and managers. */
  attachments: { name: string; url: string }[];
  /** What the notice announces, e.g. a planned activity. */
  link: NoticeLink | null;
}

/** "Reached X of Y, read by Z": maintained counters, never recounted. */
export interface NoticeStats {
  _id: string;
  title: string;
  orgName: string;
  /** ISO time. */
  createdAt: string;
  recipients: number;
  pushed: number;
  read: number;
  unread: number;
  remindedOn: string | null;
}

export interface RecipientRow {
  memberId: string;
  name: string;
  /** ISO time; null for the unread. */
  readAt: string | null;
  pushed: boolean;
}

export interface NoticeActions {
  templates: { req: Req<'templates'>; res: { templateIds: string[] } };
  subscribe: { req: Req<'subscribe'>; res: { quota: Record<string, number> } };
  send: { req: Req<'send'>; res: NoticeStats };
  inbox: { req: Req<'inbox'>; res: Page<InboxItem> & { unread: number } };
  get: { req: Req<'get'>; res: NoticeDetail };
  sent: { req: Req<'sent'>; res: Page<NoticeStats> };
  stats: { req: Req<'stats'>; res: NoticeStats };
  recipients: { req: Req<'recipients'>; res: Page<RecipientRow> };
  remind: { req: Req<'remind'>; res: RemindResult };
  uploadTicket: { req: Req<'uploadTicket'>; res: UploadTicket };
}
