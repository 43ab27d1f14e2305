/**
 * draft → submitted → published → withdrawn; a reviewer may return a submitted article to its
 * author (`returned`, editable again). `reviewing` waits for an admin because content
 * security answered "review".
 */
export const ARTICLE_STATUSES = [
  'draft',
  'reviewing',
  'submitted',
  'returned',
  'published',
  'withdrawn',
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** The states whose article its editor (or a reviewer) may change and submit again. */
export const EDITABLE_STATUSES = [
  'draft',
  'returned',
  'withdrawn',
] as const satisfies readonly ArticleStatus[];

/** The states that wait in a reviewer's queue. */
export const QUEUED_STATUSES = [
  'submitted',
  'reviewing',
] as const satisfies readonly ArticleStatus[];

export const isEditable = (status: ArticleStatus) =>
  (EDITABLE_STATUSES as readonly ArticleStatus[]).includes(status);

/** 正式党员 or 预备党员 (docs/domain.md §5.2). */
export const MEMBER_STATUSES = ['正式', '预备'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
