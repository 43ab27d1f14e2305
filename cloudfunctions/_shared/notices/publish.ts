import type { NoticeDoc } from '../../../typings/documents';
import { db } from '../cloud';
import { COLLECTIONS } from '../collections';
import { findById } from '../db';
import { isDuplicateKey } from '../db-errors';
import { fanOut, type Recipient } from './fan-out';

export async function findNotice(id: string): Promise<NoticeDoc | null> {
  return findById<NoticeDoc>(COLLECTIONS.notices.name, id);
}

/**
 * Writes the notice and delivers it to the recipients. When the same notice was written
 * meanwhile, the first one is answered and nothing is delivered twice.
 */
export async function publishNotice(notice: NoticeDoc, recipients: Recipient[]): Promise<NoticeDoc> {
  try {
    await db.collection(COLLECTIONS.notices.name).add({ data: notice });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return (await findNotice(notice._id)) ?? notice;
  }
  await fanOut(notice, recipients);
  return notice;
}
