import { createHash } from 'node:crypto';
import type { CourseDoc, LessonDoc, MemberDoc } from '../../typings/documents';
import type { AdminCourse, AdminCourseItem } from '../../typings/functions/school';
import { administersPath } from '../../typings/policy';
import { AppError, forbidden, notFound } from '../_shared/errors';
import { checkText } from '../_shared/content-check';
import { db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { placeLinks } from '../_shared/files';
import * as clock from '../_shared/clock';

/**
 * What the school's authoring actions share (docs/domain.md §7.11): an admin writes courses,
 * questions and exams for the organisations they administer, and nothing outside them.
 */

/** Lessons one course holds: one read of the course index gives them all. */
export const COURSE_LESSONS_MAX = 100;

/** The id a new document takes from its form's request id: a resent form finds it written. */
export const idFor = (prefix: string, memberId: string, requestId: string) =>
  `${prefix}${createHash('sha1').update(`${memberId}:${requestId}`).digest('hex').slice(0, 24)}`;

export function requireAdministers(admin: MemberDoc, path: string, message: string): void {
  if (!administersPath(admin.roles, path)) throw forbidden(message);
}

/** The subtree an admin's lists cover: the widest organisation they administer. */
export function adminPath(admin: MemberDoc): string {
  const paths = admin.roles.flatMap((r) => (r.code === 'org_admin' ? [r.orgPath] : []));
  const widest = paths.sort((a, b) => a.length - b.length)[0];
  if (!widest) throw forbidden('只有组织管理员可以进行此操作');
  return widest;
}

/** msgSecCheck scene 3 (forum): course texts are long-form posts to many readers. */
const AUTHORING_SCENE = 3;

/** Text an admin writes for members passes content security before it is stored. */
export async function requireCleanText(text: string, openid: string): Promise<void> {
  if ((await checkText(text, openid, AUTHORING_SCENE)) === 'risky')
    throw new AppError('CONTENT_REJECTED', '内容含有不符合规范的文字，请修改后再保存');
}

export async function loadCourseFor(admin: MemberDoc, id: string): Promise<CourseDoc> {
  const course = await findById<CourseDoc>(COLLECTIONS.schoolCourses.name, id);
  if (!course) throw notFound('找不到该课程');
  requireAdministers(admin, course.scopePath, '只有课程范围所在组织的管理员可以编辑该课程');
  return course;
}

export const lessonsOf = async (courseId: string) =>
  (
    await db
      .collection(COLLECTIONS.schoolLessons.name)
      .where({ courseId })
      .orderBy('order', 'asc')
      .limit(COURSE_LESSONS_MAX)
      .get<LessonDoc>()
  ).data;

/**
 * Brings a course's lesson count and length, and its lessons' order, up to date with its lessons
 * after an edit: a bounded read of one index range, so a retried edit leaves them right too.
 */
export async function settleLessons(course: CourseDoc): Promise<AdminCourse> {
  const lessons = await lessonsOf(course._id);
  const moved = lessons.flatMap((l, order) => (l.order === order ? [] : [{ ...l, order }]));
  const figures = {
    lessonCount: lessons.length,
    durationSeconds: lessons.reduce((sum, l) => sum + l.durationSeconds, 0),
    updatedAt: clock.now(),
  };
  await Promise.all([
    db.collection(COLLECTIONS.schoolCourses.name).doc(course._id).update({ data: figures }),
    ...moved.map((l) =>
      db
        .collection(COLLECTIONS.schoolLessons.name)
        .doc(l._id)
        .update({ data: { order: l.order } }),
    ),
  ]);
  return toAdminCourse(
    { ...course, ...figures },
    lessons.map((l, order) => ({ ...l, order })),
  );
}

export function toAdminCourseItem(course: CourseDoc): AdminCourseItem {
  return {
    _id: course._id,
    title: course.title,
    status: course.status,
    scopeName: course.scopeName,
    lessonCount: course.lessonCount,
    durationSeconds: course.durationSeconds,
    assignment: course.assignment && {
      orgId: course.assignment.orgId,
      orgName: course.assignment.orgName,
      deadline: course.assignment.deadline,
    },
  };
}

export async function toAdminCourse(course: CourseDoc, lessons: LessonDoc[]): Promise<AdminCourse> {
  const ref = course.cover ? { placeId: course._id, fileID: course.cover } : null;
  const linkOf = ref ? await placeLinks('school', [ref]) : null;
  return {
    ...toAdminCourseItem(course),
    description: course.description,
    cover: course.cover,
    coverUrl: (ref && linkOf?.(ref)) ?? null,
    scopeId: course.scopeId,
    lessons: lessons.map((l) => ({
      _id: l._id,
      order: l.order,
      kind: l.kind,
      title: l.title,
      durationSeconds: l.durationSeconds,
      fileID: l.fileID,
      body: l.body,
    })),
  };
}
