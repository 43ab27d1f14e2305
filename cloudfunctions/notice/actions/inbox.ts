import type { NoticeInboxDoc, NoticeUnreadDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { forbidden } from '../../_shared/errors';
import { placeLinks } from '../../_shared/files';
import { byKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { managesOrg } from '../../_shared/scope';
import { loadNotice } from '../repo';

const PAGE_SIZE = 20;

/** The member's message centre, newest first, with the badge's unread count. */
export const inbox = action('notice', 'inbox', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const [page, badge] = await Promise.all([
      readPage<NoticeInboxDoc>({
        collection: COLLECTIONS.noticeInbox.name,
        where: { memberId: member._id },
        order: byKey('inboxKey', 'desc'),
        cursor,
        size: PAGE_SIZE,
      }),
      findById<NoticeUnreadDoc>(COLLECTIONS.noticeUnread.name, member._id),
    ]);
    return {
      items: page.items.map((e) => ({
        _id: e.noticeId,
        title: e.title,
        orgName: e.orgName,
        deadline: e.deadline,
        createdAt: new Date(e.createdAt).toISOString(),
        read: e.read,
      })),
      nextCursor: page.nextCursor,
      unread: Math.max(0, badge?.count ?? 0),
    };
  },
});

/**
 * Opens a notice. A recipient's first open marks it read: the inbox update is guarded by
 * `read: false`, so only one open decrements the badge and counts on the notice.
 */
export const get = action('notice', 'get', {
  async handler({ id }, caller) {
    const member = requireMember(caller);
    const [notice, entry] = await Promise.all([
      loadNotice(id),
      findById<NoticeInboxDoc>(COLLECTIONS.noticeInbox.name, `${id}:${member._id}`),
    ]);
    if (!entry && !managesOrg(member, { _id: notice.orgId, path: notice.orgPath })) {
      throw forbidden('该通知不是发给你的');
    }
    if (entry && !entry.read) {
      const { stats } = await db
        .collection(COLLECTIONS.noticeInbox.name)
        .where({ _id: entry._id, read: false })
        .update({ data: { read: true, readAt: now() } });
      if (stats.updated > 0) {
        await Promise.all([
          db
            .collection(COLLECTIONS.noticeUnread.name)
            .where({ _id: member._id, count: _.gt(0) })
            .update({ data: { count: _.inc(-1) } }),
          db
            .collection(COLLECTIONS.notices.name)
            .doc(id)
            .update({ data: { read: _.inc(1) } }),
        ]);
      }
    }
    return {
      _id: notice._id,
      title: notice.title,
      body: notice.body,
      orgName: notice.orgName,
      senderName: notice.senderName,
      deadline: notice.deadline,
      createdAt: new Date(notice.createdAt).toISOString(),
      attachments: await attachmentLinks(notice._id, notice.attachments),
      link: notice.link ?? null,
    };
  },
});

/**
 * Attachments are private files: recipients get links that expire, and only to the notice's own
 * uploads (an id that is not one gets no link and is not listed).
 */
async function attachmentLinks(noticeId: string, files: { fileID: string; name: string }[]) {
  if (files.length === 0) return [];
  const linkOf = await placeLinks(
    'notice',
    files.map((f) => ({ placeId: noticeId, fileID: f.fileID })),
    600,
  );
  return files.flatMap((f) => {
    const url = linkOf({ placeId: noticeId, fileID: f.fileID });
    return url ? [{ name: f.name, url }] : [];
  });
}
