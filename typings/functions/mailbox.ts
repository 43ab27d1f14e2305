import * as z from 'zod';
import {
  LETTER_CATEGORIES,
  LETTER_RATINGS,
  LETTER_STATUSES,
  LETTER_TARGETS,
  MAILBOX_LIMITS,
  MAILBOX_SETTINGS_LIMITS,
  type LetterCategory,
  type LetterKind,
  type LetterRating,
  type LetterStatus,
  type LetterTarget,
} from '../policy/mailbox';
import { requestIdSchema } from '../policy';
import { cursorSchema, idSchema, type Page, type UploadTicket } from './common';

const text = (max: number) => z.string().trim().max(max);
const categorySchema = z.enum(LETTER_CATEGORIES);
/** Files the writer uploaded under `mailbox/` (mailbox.uploadTicket hands out the path). */
const photosSchema = z
  .array(
    z
      .string()
      .max(300)
      .regex(/^cloud:\/\/[^/\s]+\/mailbox\/(?!letters\/)\S+$/, {
        error: '照片须为上传到书记信箱的图片',
      }),
  )
  .max(MAILBOX_LIMITS.photos, { error: `最多 ${MAILBOX_LIMITS.photos} 张照片` });
const ticketSchema = z
  .string()
  .max(64)
  .transform((t) => t.replace(/[\s-]/g, ''))
  .refine((t) => /^\d{16,32}$/.test(t), { error: '凭证号应为 16 位以上的数字' });
const { replyDays, phrase, weight, phrases } = MAILBOX_SETTINGS_LIMITS;
const ruleSchema = z
  .object({
    phrase: text(phrase).min(1, { error: '关键词不能为空' }),
    weight: z
      .number()
      .min(weight.min, { error: `权重须在 ${weight.min}–${weight.max} 之间` })
      .max(weight.max, { error: `权重须在 ${weight.min}–${weight.max} 之间` }),
  })
  .strict();

export const mailboxSchemas = {
  send: z
    .object({
      /** Client-made id of this letter: a retried send stores one letter. */
      requestId: z.optional(requestIdSchema),
      to: z.enum(LETTER_TARGETS),
      text: text(MAILBOX_LIMITS.text).min(5, { error: '请至少写 5 个字' }),
      anonymous: z.boolean(),
      category: categorySchema.optional(),
      photos: photosSchema.optional(),
    })
    .strict(),
  /** 随手拍: photos, a short description and a place, to the branch's 纪检委员. */
  snap: z
    .object({
      requestId: z.optional(requestIdSchema),
      text: text(MAILBOX_LIMITS.snapText).min(2, { error: '请简单描述看到的情况' }),
      place: text(MAILBOX_LIMITS.place),
      anonymous: z.boolean(),
      photos: photosSchema.min(1, { error: '请至少拍一张照片' }),
    })
    .strict(),
  suggestCategory: z.object({ text: text(MAILBOX_LIMITS.text) }).strict(),
  uploadTicket: z
    .object({ ext: z.enum(['jpg', 'jpeg', 'png'], { error: '只能上传 jpg 或 png 图片' }) })
    .strict(),
  byTicket: z.object({ ticket: ticketSchema }).strict(),
  /** The writer's named letters. */
  mine: z.object({ cursor: cursorSchema.optional() }).strict(),
  /** One of the writer's named letters with its replies (anonymous ones: byTicket). */
  myLetter: z.object({ letterId: idSchema }).strict(),
  inbox: z
    .object({
      status: z.enum(LETTER_STATUSES).optional(),
      category: categorySchema.optional(),
      cursor: cursorSchema.optional(),
    })
    .strict(),
  open: z.object({ letterId: idSchema }).strict(),
  /** The recipient moves a letter on (or back to 未读); 已答复 comes only from a reply. */
  setStatus: z
    .object({ letterId: idSchema, status: z.enum(['未读', '处理中', '已办结']) })
    .strict(),
  recategorise: z.object({ letterId: idSchema, category: categorySchema }).strict(),
  reply: z
    .object({
      letterId: idSchema,
      text: text(MAILBOX_LIMITS.reply).min(2, { error: '请填写答复内容' }),
      /** Files the answerer uploaded under `mailbox/`, taken in like a letter's photos. */
      photos: photosSchema.optional(),
      /** One per answer written: a resend after a lost reply stores the answer once. */
      requestId: z.optional(requestIdSchema),
    })
    .strict(),
  /** The subscribe-message template a named writer is asked to accept for the answer. */
  replyTemplate: z.object({}).strict(),
  /** What wx.requestSubscribeMessage answered for it: an accept buys one message. */
  subscribeReplies: z.object({ accepted: z.boolean() }).strict(),
  /** The writer rates the answer; by ticket when anonymous, by letter id when named. */
  rate: z
    .object({
      letterId: idSchema.optional(),
      ticket: ticketSchema.optional(),
      rating: z.enum(LETTER_RATINGS),
    })
    .strict()
    .refine((r) => (r.letterId === undefined) !== (r.ticket === undefined), {
      error: '请提供信件编号或凭证号之一',
      path: ['ticket'],
    }),
  /** The writer reopens an answered letter, once. */
  reopen: z
    .object({
      letterId: idSchema.optional(),
      ticket: ticketSchema.optional(),
      text: text(MAILBOX_LIMITS.reply).min(2, { error: '请说明还有什么问题' }),
    })
    .strict()
    .refine((r) => (r.letterId === undefined) !== (r.ticket === undefined), {
      error: '请提供信件编号或凭证号之一',
      path: ['ticket'],
    }),
  /** Who may read the caller's mailbox besides them (deputies they name). */
  setDelegates: z.object({ memberIds: z.array(idSchema).max(MAILBOX_LIMITS.delegates) }).strict(),
  delegates: z.object({}).strict(),
  /** Counts for an organisation the caller manages: never content. */
  stats: z.object({ orgId: idSchema.optional() }).strict(),
  settings: z.object({}).strict(),
  /** Admins tune the categorisation rules and the answer time. */
  saveSettings: z
    .object({
      replyDays: z
        .number()
        .int({ error: '答复期限须为整数天' })
        .min(replyDays.min, { error: `答复期限须在 ${replyDays.min}–${replyDays.max} 天之间` })
        .max(replyDays.max, { error: `答复期限须在 ${replyDays.min}–${replyDays.max} 天之间` }),
      rules: z
        .array(
          z
            .object({
              category: categorySchema,
              phrases: z
                .array(ruleSchema)
                .max(phrases, { error: `每个类别最多 ${phrases} 个关键词` }),
            })
            .strict(),
        )
        .max(LETTER_CATEGORIES.length)
        .refine((rules) => new Set(rules.map((r) => r.category)).size === rules.length, {
          error: '每个类别只能有一组规则',
        }),
    })
    .strict(),
};

type Req<K extends keyof typeof mailboxSchemas> = z.input<(typeof mailboxSchemas)[K]>;

export interface LetterReplyView {
  /** 书记 / the writer (a reopen). */
  from: 'recipient' | 'writer';
  /** The answerer's name for recipient replies; never the writer's when anonymous. */
  name: string | null;
  text: string;
  /** Short-lived links to the answer's photos. */
  photos: string[];
  /** Day only, `YYYY-MM-DD`. */
  day: string;
}

/** A letter as the addressee, a delegate, or its writer (by ticket or named) sees it. */
export interface LetterView {
  _id: string;
  kind: LetterKind;
  to: LetterTarget;
  category: LetterCategory;
  /** The categoriser's confidence in the suggestion, 0–1. */
  confidence: number;
  status: LetterStatus;
  anonymous: boolean;
  /** Shown only for named letters. */
  writerName: string | null;
  text: string;
  place: string | null;
  /** Short-lived links. */
  photos: string[];
  /** Day only: an anonymous letter carries no time of day. */
  day: string;
  deadline: string;
  overdue: boolean;
  replies: LetterReplyView[];
  rating: LetterRating | null;
  reopened: boolean;
}

export interface InboxLetter {
  _id: string;
  kind: LetterKind;
  category: LetterCategory;
  status: LetterStatus;
  anonymous: boolean;
  writerName: string | null;
  /** The first line, at most 40 characters. */
  preview: string;
  day: string;
  deadline: string;
  overdue: boolean;
}

export interface MineLetter {
  _id: string;
  kind: LetterKind;
  category: LetterCategory;
  status: LetterStatus;
  preview: string;
  day: string;
}

export interface MailboxStats {
  orgId: string;
  orgName: string;
  total: number;
  byCategory: Record<LetterCategory, number>;
  byStatus: Record<LetterStatus, number>;
  /** Letters answered, and their average days to the first answer. */
  replied: number;
  averageReplyDays: number | null;
  overdue: number;
}

export interface MailboxSettingsView {
  replyDays: number;
  rules: { category: LetterCategory; phrases: { phrase: string; weight: number }[] }[];
}

export interface MailboxActions {
  send: { req: Req<'send'>; res: { letterId: string; ticket?: string } };
  snap: { req: Req<'snap'>; res: { letterId: string; ticket?: string } };
  suggestCategory: {
    req: Req<'suggestCategory'>;
    res: { category: LetterCategory; confidence: number };
  };
  uploadTicket: { req: Req<'uploadTicket'>; res: UploadTicket };
  byTicket: { req: Req<'byTicket'>; res: LetterView };
  mine: { req: Req<'mine'>; res: Page<MineLetter> };
  myLetter: { req: Req<'myLetter'>; res: LetterView };
  inbox: { req: Req<'inbox'>; res: Page<InboxLetter> & { unread: number } };
  open: { req: Req<'open'>; res: LetterView };
  setStatus: { req: Req<'setStatus'>; res: { status: LetterStatus } };
  recategorise: { req: Req<'recategorise'>; res: { category: LetterCategory } };
  reply: { req: Req<'reply'>; res: LetterView };
  replyTemplate: { req: Req<'replyTemplate'>; res: { templateId: string } };
  subscribeReplies: { req: Req<'subscribeReplies'>; res: { quota: number } };
  rate: { req: Req<'rate'>; res: { rating: LetterRating } };
  reopen: { req: Req<'reopen'>; res: { status: LetterStatus } };
  setDelegates: { req: Req<'setDelegates'>; res: { memberIds: string[] } };
  delegates: { req: Req<'delegates'>; res: { members: { _id: string; name: string }[] } };
  stats: { req: Req<'stats'>; res: MailboxStats };
  settings: { req: Req<'settings'>; res: MailboxSettingsView };
  saveSettings: { req: Req<'saveSettings'>; res: MailboxSettingsView };
}
