import * as z from 'zod/mini';

/** A secretary's 补发 or 扣减 moves a member's points by at most this much at a time. */
export const ADJUST_MAX_POINTS = 20;

/** The written reason of an adjustment or a reversal, in characters after trimming. */
export const REASON_LENGTH = { min: 2, max: 100 } as const;

/** A signed adjustment: a deduction is negative, and nothing is not an adjustment. */
export const adjustPointsSchema = z.int().check(
  z.minimum(-ADJUST_MAX_POINTS),
  z.maximum(ADJUST_MAX_POINTS),
  z.refine((n) => n !== 0, { error: '不能为 0' }),
);

export const reasonSchema = z
  .string()
  .check(z.trim(), z.minLength(REASON_LENGTH.min), z.maxLength(REASON_LENGTH.max));

/** Field lengths of an article, in characters after trimming. */
export const ARTICLE_LIMITS = {
  title: 60,
  summary: 200,
  source: 40,
  author: 40,
  reviewComment: 200,
} as const;

/** Field lengths of a notice, and how many files it carries. */
export const NOTICE_LIMITS = { title: 40, body: 5000, attachmentName: 60, attachments: 9 } as const;
