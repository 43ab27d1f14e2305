/**
 * The secretary mailbox's shared vocabulary (docs/domain.md §8): categories, the handling
 * statuses in their order, limits. No zod here, so pages can read it cheaply.
 */
export const LETTER_CATEGORIES = ['问题反映', '意见建议', '困难求助', '监督举报', '其他'] as const;
export type LetterCategory = (typeof LETTER_CATEGORIES)[number];

/** 未读 → 已读 → 处理中 → 已答复 → 已办结 (docs/domain.md §8.5). */
export const LETTER_STATUSES = ['未读', '已读', '处理中', '已答复', '已办结'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** Who a letter is written to: the writer's branch, or the 党委 above it. */
export const LETTER_TARGETS = ['branch', 'committee'] as const;
export type LetterTarget = (typeof LETTER_TARGETS)[number];

/** A letter, or a 随手拍 report. */
export const LETTER_KINDS = ['letter', 'snap'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** The 纪检委员's seat title: 随手拍 reports of their branch go to them (docs/domain.md §8.5). */
export const DISCIPLINE_TITLE = '纪检委员';

export const LETTER_RATINGS = ['满意', '不满意'] as const;
export type LetterRating = (typeof LETTER_RATINGS)[number];

export const MAILBOX_LIMITS = {
  text: 2000,
  reply: 2000,
  snapText: 300,
  place: 60,
  photos: 9,
  /** Letters and reports one writer may send a day (China day). */
  perDay: 5,
  /** Replies one letter holds. */
  replies: 30,
  delegates: 5,
  /** Answer time when the enterprise has not set one (docs/domain.md §8.2: configurable). */
  replyDays: 7,
  /** A ticket's digits: at least 16 (docs/domain.md §8.3). */
  ticketDigits: 20,
} as const;

/** What an admin may set (docs/domain.md §8.2, §8.6): the answer time and the rules' phrases. */
export const MAILBOX_SETTINGS_LIMITS = {
  replyDays: { min: 1, max: 60 },
  /** Characters of one phrase. */
  phrase: 20,
  weight: { min: 0.1, max: 10 },
  /** Phrases of one category. */
  phrases: 80,
} as const;

/** A ticket as the writer types it: digits, spaces and dashes ignored. */
export const normaliseTicket = (ticket: string) => ticket.replace(/[\s-]/g, '');
