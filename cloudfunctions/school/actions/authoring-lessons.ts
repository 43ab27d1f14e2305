import type { LessonDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { isDuplicateKey } from '../../_shared/db-errors';
import { AppError, invalidArgument, notFound } from '../../_shared/errors';
import { attachFiles } from '../../_shared/files';
import { bodyText, hasContent, sanitizeBody } from '../../_shared/rich-body';
import { action } from '../../_shared/router';
import { cloudIdsIn } from '../../_shared/storage';
import {
  COURSE_LESSONS_MAX,
  idFor,
  lessonsOf,
  loadCourseFor,
  requireCleanText,
  settleLessons,
} from '../authoring';
import { assignCourseFigures } from '../progress/course-figures';
import { articleSeconds } from '../rules/study-time';

const lessons = () => db.collection(COLLECTIONS.schoolLessons.name);

/** The file types each kind of media lesson plays (typings/functions/school.ts SCHOOL_UPLOAD_TYPES). */
const MEDIA_EXTS = { video: ['mp4'], audio: ['m4a', 'mp3'] } as const;

async function loadLesson(id: string): Promise<LessonDoc> {
  const lesson = await findById<LessonDoc>(COLLECTIONS.schoolLessons.name, id);
  if (!lesson) throw notFound('找不到该课时');
  return lesson;
}

/**
 * Adds a lesson at the end of a course, or edits one (docs/domain.md §7.11). A video or audio is
 * a file the admin uploaded for this lesson, of its kind, with the length the client read from
 * the media (held to a sane range by the contract, whole seconds here); an article is rich text
 * as the news sanitiser leaves it, its images uploads for this lesson, its length its reading
 * time. A new lesson takes its id from the form's request id: a resent form adds it once.
 */
export const saveLesson = action('school', 'saveLesson', {
  async handler({ courseId, id, requestId, title, content }, caller) {
    const admin = requireMember(caller);
    const [course, existing] = await Promise.all([
      loadCourseFor(admin, courseId),
      id ? loadLesson(id) : null,
    ]);
    if (existing && existing.courseId !== courseId) throw notFound('找不到该课时');
    const _id = existing?._id ?? idFor('l-', admin._id, requestId);
    const current = await lessonsOf(courseId);
    if (!existing && current.length >= COURSE_LESSONS_MAX)
      throw invalidArgument(`一门课程最多 ${COURSE_LESSONS_MAX} 个课时`, 'courseId');

    let media: Pick<LessonDoc, 'kind' | 'fileID' | 'body' | 'durationSeconds'>;
    if (content.kind === 'article') {
      const body = sanitizeBody(content.body);
      if (!hasContent(body)) throw invalidArgument('正文不能为空', 'content.body');
      const text = bodyText(body);
      await requireCleanText(`${title}\n${text}`, caller.openid);
      await attachFiles('school', _id, admin._id, cloudIdsIn(body), {
        message: '正文只能使用为本课时上传的图片，请重新上传',
        field: 'content.body',
      });
      media = { kind: 'article', fileID: null, body, durationSeconds: articleSeconds(text.length) };
    } else {
      const ext = content.fileID.split('.').pop() ?? '';
      if (!(MEDIA_EXTS[content.kind] as readonly string[]).includes(ext))
        throw invalidArgument(
          content.kind === 'video' ? '视频课时须上传 mp4 文件' : '音频课时须上传 m4a 或 mp3 文件',
          'content.fileID',
        );
      await requireCleanText(title, caller.openid);
      await attachFiles('school', _id, admin._id, [content.fileID], {
        message: '请上传本课时的音视频文件',
        field: 'content.fileID',
      });
      media = {
        kind: content.kind,
        fileID: content.fileID,
        body: null,
        durationSeconds: Math.round(content.durationSeconds),
      };
    }

    if (existing) {
      await lessons()
        .doc(_id)
        .update({ data: { title, ...media } });
    } else {
      const lesson: LessonDoc = {
        _id,
        courseId,
        scopePath: course.scopePath,
        published: course.status === 'published',
        order: (current.at(-1)?.order ?? -1) + 1,
        title,
        ...media,
      };
      try {
        await lessons().add({ data: lesson });
      } catch (error) {
        // A resent form: the first try added it.
        if (!isDuplicateKey(error)) throw error;
      }
    }
    const settled = await settleLessons(course);
    // A lesson added to a published assigned course changes what completing it means: the
    // branches' figures are counted again, as at publication (docs/domain.md §7.12).
    if (!existing && course.status === 'published' && course.assignment)
      await assignCourseFigures({ ...course, lessonCount: settled.lessonCount }, clock.now());
    return settled;
  },
});

/** Removes a lesson from a course that members do not see (a published one is withdrawn first). */
export const deleteLesson = action('school', 'deleteLesson', {
  async handler({ id }, caller) {
    const admin = requireMember(caller);
    const lesson = await loadLesson(id);
    const course = await loadCourseFor(admin, lesson.courseId);
    if (course.status === 'published')
      throw new AppError('CONFLICT', '课程已发布，请先撤回再删除课时');
    await lessons().doc(id).remove();
    return settleLessons(course);
  },
});

/** Puts a course's lessons in the order given: every one of them, each once. */
export const reorderLessons = action('school', 'reorderLessons', {
  async handler({ courseId, lessonIds }, caller) {
    const admin = requireMember(caller);
    const course = await loadCourseFor(admin, courseId);
    const current = await lessonsOf(courseId);
    const given = new Set(lessonIds);
    if (
      given.size !== lessonIds.length ||
      given.size !== current.length ||
      current.some((l) => !given.has(l._id))
    )
      throw invalidArgument('课时列表与课程不符，请刷新后重试', 'lessonIds');
    const position = new Map(lessonIds.map((lessonId, order) => [lessonId, order]));
    await Promise.all(
      current
        .filter((l) => l.order !== position.get(l._id))
        .map((l) =>
          lessons()
            .doc(l._id)
            .update({ data: { order: position.get(l._id) } }),
        ),
    );
    return settleLessons(course);
  },
});
