import type { NoticeDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { checkText } from '../../_shared/content-check';
import { AppError } from '../../_shared/errors';
import { attachFiles } from '../../_shared/files';
import { noticeIdOf } from '../../_shared/notices/ids';
import { findNotice, publishNotice } from '../../_shared/notices/publish';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { requireManages } from '../../_shared/scope';
import { rosterOf } from '../recipients';
import { toStats } from '../views';

/** msgSecCheck scene 3 (forum): a notice is a post to many readers. */
const NOTICE_SCENE = 3;

/**
 * A secretary or admin sends a notice to an organisation and everything below it. The notice's
 * id is the sender's plus the client's request id, so a retried send finds the first one and
 * delivers nothing twice. Attachments must be the sender's uploads for this notice (files.ts).
 * The sender is not among the recipients unless they ask for a copy (`copySelf`).
 */
export const send = action('notice', 'send', {
  async handler({ requestId, orgId, title, body, attachments, deadline, copySelf }, caller) {
    const member = requireMember(caller);
    const org = await loadOrg(orgId);
    requireManages(member, org);
    const _id = noticeIdOf(member._id, requestId);
    const earlier = await findNotice(_id);
    if (earlier) return toStats(earlier);

    // A notice goes out at once, so text held for review cannot wait in a queue: it is refused too.
    const verdict = await checkText(`${title}\n${body}`, caller.openid, NOTICE_SCENE);
    if (verdict === 'risky')
      throw new AppError('CONTENT_REJECTED', '通知含有不符合规范的内容，请修改后再发送');
    if (verdict === 'review') {
      throw new AppError('CONTENT_REJECTED', '通知内容需要人工复核，暂不能发送，请修改措辞后再试');
    }

    await attachFiles(
      'notice',
      _id,
      member._id,
      attachments.map((a) => a.fileID),
      { message: '附件须为发送人为本通知上传的文件，请重新上传', field: 'attachments' },
    );
    // The sender wrote it: it is news to them only when they asked for a copy.
    const recipients = (await rosterOf(org)).filter((m) => copySelf || m._id !== member._id);
    const notice: NoticeDoc = {
      _id,
      title,
      body,
      attachments,
      deadline,
      orgId: org._id,
      orgPath: org.path,
      orgName: org.name,
      senderId: member._id,
      senderName: member.name,
      createdAt: now(),
      recipients: recipients.length,
      pushed: 0,
      read: 0,
      remindedOn: null,
    };
    return toStats(await publishNotice(notice, recipients));
  },
});
