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

/**
 * The 学时 settings an enterprise may choose (docs/domain.md §7.1, §7.2): a class period of 30 to
 * 60 minutes makes a 学时; the yearly requirements never fall below the regulation's 32 and 56.
 */
export const HOURS_SETTING_LIMITS = {
  minutesPerHour: { min: 30, max: 60 },
  memberHours: { min: 32, max: 200 },
  leaderHours: { min: 56, max: 200 },
} as const;

/** Offline 学时 recorded at once: a training of ten full days at 8 学时 a day at most. */
export const OFFLINE_HOURS_MAX = 80;
