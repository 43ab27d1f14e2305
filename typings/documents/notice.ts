export interface NoticeAttachment {
  fileID: string;
  name: string;
}

/** What a notice announces, opened from the notice (docs/domain.md §2.11). */
export interface NoticeLink {
  kind: 'activity' | 'course';
  id: string;
}

/** Collection `notices`: what a secretary or admin sent to an organisation and its subtree. */
export interface NoticeDoc {
  _id: string;
  title: string;
  body: string;
  attachments: NoticeAttachment[];
  /** Calendar date `YYYY-MM-DD`. */
  deadline: string | null;
  orgId: string;
  orgPath: string;
  orgName: string;
  senderId: string;
  senderName: string;
  createdAt: Date;
  /** Maintained as events happen, never recounted. */
  recipients: number;
  pushed: number;
  read: number;
  /** China calendar day of the last reminder: one reminder a day. */
  remindedOn: string | null;
  /** Set on notices that announce something; those written on the compose form have none. */
  link?: NoticeLink;
}

/** Collection `notice_inbox`: `_id` is `${noticeId}:${memberId}`, one per recipient. */
export interface NoticeInboxDoc {
  _id: string;
  noticeId: string;
  memberId: string;
  memberName: string;
  title: string;
  orgName: string;
  deadline: string | null;
  createdAt: Date;
  /** `createdAt ISO + | + noticeId`: a member's inbox, newest first, is one index range. */
  inboxKey: string;
  read: boolean;
  readAt: Date | null;
  pushed: boolean;
}

/** Collection `notice_unread`: `_id` is the member id; the message-centre badge. */
export interface NoticeUnreadDoc {
  _id: string;
  count: number;
}

/**
 * Collection `subscriptions`: `_id` is `${memberId}:${templateId}`; sends the member accepted
 * in wx.requestSubscribeMessage and we have not used yet.
 */
export interface SubscriptionDoc {
  _id: string;
  memberId: string;
  templateId: string;
  quota: number;
}

/**
 * Collection `notice_outbox`: a pending subscribe message. `_id` is `${noticeId}:${memberId}`
 * for the first push and `${noticeId}:${memberId}:${day}` for a reminder.
 */
export interface OutboxDoc {
  _id: string;
  noticeId: string;
  memberId: string;
  title: string;
  orgName: string;
  createdAt: Date;
  state: 'pending' | 'sent' | 'no_quota' | 'failed';
  /** Whether this push is a reminder (it does not count again as pushed). */
  reminder: boolean;
}
