/** A secretary's 补发 or 扣减 moves a member's points by at most this much at a time. */
export const ADJUST_MAX_POINTS = 20;

/** The written reason of an adjustment or a reversal, in characters after trimming. */
export const REASON_LENGTH = { min: 2, max: 100 } as const;

/** Field lengths of an article, in characters after trimming. */
export const ARTICLE_LIMITS = {
  title: 60,
  summary: 200,
  source: 40,
  author: 40,
  reviewComment: 200,
} as const;

/** A member's own nickname, in characters after trimming. */
export const NICKNAME_MAX = 20;

/** Field lengths of a notice, and how many files it carries. */
export const NOTICE_LIMITS = { title: 40, body: 5000, attachmentName: 60, attachments: 9 } as const;
