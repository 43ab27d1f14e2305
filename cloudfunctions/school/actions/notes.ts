import type { LessonDoc, NoteDoc } from '../../../typings/documents';
import type { NoteItem } from '../../../typings/functions/school';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { checkText } from '../../_shared/content-check';
import { findById } from '../../_shared/db';
import { isDuplicateKey } from '../../_shared/db-errors';
import { AppError, notFound } from '../../_shared/errors';
import { byKey, readPage } from '../../_shared/paging';
import { awardPoints } from '../../_shared/points/award';
import { action } from '../../_shared/router';
import { requireLesson } from '../access';

const PAGE_SIZE = 20;
const notes = () => db.collection(COLLECTIONS.schoolNotes.name);

const toItem = (n: NoteDoc): NoteItem => ({
  _id: n._id,
  lessonId: n.lessonId,
  lessonTitle: n.lessonTitle,
  memberName: n.memberName,
  text: n.text,
  shared: n.shared,
  updatedAt: new Date(n.updatedAt).toISOString(),
});

/**
 * Writes or edits a 学习笔记 on a lesson the member may study. Shared with the branch, the text
 * passes content security first (docs/domain.md §8.4 applies to every text others read); the
 * first share of a note earns share_note once.
 */
export const saveNote = action('school', 'saveNote', {
  async handler({ lessonId, id, requestId, text, shared }, caller) {
    const member = requireMember(caller);
    const [lesson, existing] = await Promise.all([
      findById<LessonDoc>(COLLECTIONS.schoolLessons.name, lessonId),
      id ? findById<NoteDoc>(COLLECTIONS.schoolNotes.name, id) : null,
    ]);
    if (!lesson) throw notFound('找不到该课时');
    requireLesson(member, lesson);
    if (id && (!existing || existing.memberId !== member._id)) throw notFound('找不到该笔记');
    if (shared && (await checkText(text, caller.openid, 2)) !== 'pass')
      throw new AppError('CONTENT_REJECTED', '笔记内容未通过安全检测，不能分享到支部');
    const now = clock.now();
    const noteId = id ?? `${member._id}:${requestId}`;
    const note: NoteDoc = {
      _id: noteId,
      memberId: member._id,
      memberName: member.name,
      orgId: member.orgId,
      lessonId,
      lessonTitle: lesson.title,
      text,
      shared,
      listKey: `${now.toISOString()}|${noteId}`,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    if (existing) {
      const { _id, ...fields } = note;
      await notes().doc(_id).update({ data: fields });
    } else {
      try {
        await notes().add({ data: note });
      } catch (error) {
        // A resent form: the note was saved by its first try.
        if (!isDuplicateKey(error)) throw error;
        const saved = await findById<NoteDoc>(COLLECTIONS.schoolNotes.name, noteId);
        if (saved) return toItem(saved);
        throw error;
      }
    }
    if (shared) {
      await awardPoints({
        memberId: member._id,
        orgId: member.orgId,
        orgPath: member.orgPath,
        rule: 'share_note',
        sourceId: noteId,
        at: now,
      });
    }
    return toItem(note);
  },
});

export const deleteNote = action('school', 'deleteNote', {
  async handler({ id }, caller) {
    const member = requireMember(caller);
    const { stats } = await notes().where({ _id: id, memberId: member._id }).remove();
    return { deleted: stats.removed === 1 };
  },
});

/** My notes, newest first. */
export const myNotes = action('school', 'myNotes', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const page = await readPage<NoteDoc>({
      collection: COLLECTIONS.schoolNotes.name,
      where: { memberId: member._id },
      order: byKey('listKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
    });
    return { items: page.items.map(toItem), nextCursor: page.nextCursor };
  },
});

/** The notes members of my branch shared with it, newest first. */
export const branchNotes = action('school', 'branchNotes', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const page = await readPage<NoteDoc>({
      collection: COLLECTIONS.schoolNotes.name,
      where: { orgId: member.orgId, shared: true },
      order: byKey('listKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
    });
    return { items: page.items.map(toItem), nextCursor: page.nextCursor };
  },
});
