import type { MemberDoc, NoticeDoc } from '../../typings/documents';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { notFound } from '../_shared/errors';
import { requireManages } from '../_shared/scope';

export async function loadNotice(id: string): Promise<NoticeDoc> {
  const notice = await findById<NoticeDoc>(COLLECTIONS.notices.name, id);
  if (!notice) throw notFound('找不到该通知');
  return notice;
}

/** A notice's statistics and reminders are for those who manage the organisation it went to. */
export async function loadManagedNotice(member: MemberDoc, id: string): Promise<NoticeDoc> {
  const notice = await loadNotice(id);
  requireManages(member, { _id: notice.orgId, path: notice.orgPath });
  return notice;
}
