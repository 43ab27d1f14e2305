import type { ActivityDoc, MemberDoc, NoticeDoc } from '../../typings/documents';
import { now } from '../_shared/clock';
import { noticeIdOf } from '../_shared/notices/ids';
import { publishNotice } from '../_shared/notices/publish';
import { planNoticeText } from './plan-notice-text';

/**
 * Publishing a plan sends a notice to those due but the planner (docs/domain.md §2.11). The
 * plan's id is the notice's request id, so a retried plan sends no second notice.
 */
export async function announcePlan(
  doc: ActivityDoc,
  planner: Pick<MemberDoc, '_id' | 'name'>,
): Promise<void> {
  const recipients = doc.due
    .filter((d) => d.memberId !== planner._id)
    .map((d) => ({ _id: d.memberId, name: d.name }));
  const notice: NoticeDoc = {
    _id: noticeIdOf(planner._id, doc._id),
    ...planNoticeText(doc),
    attachments: [],
    deadline: null,
    orgId: doc.orgId,
    orgPath: doc.orgPath,
    orgName: doc.orgName,
    senderId: planner._id,
    senderName: planner.name,
    createdAt: now(),
    recipients: recipients.length,
    pushed: 0,
    read: 0,
    remindedOn: null,
    link: { kind: 'activity', id: doc._id },
  };
  await publishNotice(notice, recipients);
}
