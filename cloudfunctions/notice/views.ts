import type { NoticeDoc } from '../../typings/documents';
import type { NoticeStats } from '../../typings/functions/notice';

export function toStats(n: NoticeDoc): NoticeStats {
  return {
    _id: n._id,
    title: n.title,
    orgName: n.orgName,
    createdAt: new Date(n.createdAt).toISOString(),
    recipients: n.recipients,
    pushed: n.pushed,
    read: n.read,
    unread: n.recipients - n.read,
    remindedOn: n.remindedOn,
  };
}
