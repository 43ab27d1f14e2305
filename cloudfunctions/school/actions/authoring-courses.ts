import type { CourseDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { isDuplicateKey } from '../../_shared/db-errors';
import { invalidArgument } from '../../_shared/errors';
import { attachFiles, issueUploadPath } from '../../_shared/files';
import { loadOrg } from '../../_shared/organisations';
import { bySubtreeKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import {
  adminPath,
  idFor,
  lessonsOf,
  loadCourseFor,
  requireAdministers,
  requireCleanText,
  toAdminCourse,
  toAdminCourseItem,
} from '../authoring';
import { editKeyOf, listKeyOf } from '../keys';
import { assignCourseFigures } from '../progress/course-figures';

const PAGE_SIZE = 20;
const courses = () => db.collection(COLLECTIONS.schoolCourses.name);

/** Where an admin uploads a cover or a lesson's media; the course or lesson saved with it keeps it. */
export const uploadTicket = action('school', 'uploadTicket', {
  async handler({ ext }, caller) {
    const admin = requireMember(caller);
    return { cloudPath: await issueUploadPath('school', admin._id, ext) };
  },
});

/** The courses under the caller's organisation, whatever their state, by organisation. */
export const adminCourses = action('school', 'adminCourses', {
  async handler({ cursor }, caller) {
    const path = adminPath(requireMember(caller));
    const page = await readPage<CourseDoc>({
      collection: COLLECTIONS.schoolCourses.name,
      where: {},
      order: bySubtreeKey('editKey', path, `${path}\uffff`),
      cursor,
      size: PAGE_SIZE,
    });
    return { items: page.items.map(toAdminCourseItem), nextCursor: page.nextCursor };
  },
});

export const adminCourse = action('school', 'adminCourse', {
  async handler({ id }, caller) {
    const course = await loadCourseFor(requireMember(caller), id);
    return toAdminCourse(course, await lessonsOf(id));
  },
});

/**
 * Creates or edits a course (docs/domain.md §7.11). Its scope and any assignment lie in the
 * admin's subtree, the assignment inside the scope; a cover must be an upload of the admin's
 * for this course. A new course takes its id from the form's request id, so a resent form
 * creates it once. Moving the scope moves its lessons' copy of it.
 */
export const saveCourse = action('school', 'saveCourse', {
  async handler({ id, requestId, assignment, ...fields }, caller) {
    const admin = requireMember(caller);
    const [scope, existing, assignedOrg] = await Promise.all([
      loadOrg(fields.scopeId),
      id ? loadCourseFor(admin, id) : null,
      assignment ? loadOrg(assignment.orgId) : null,
    ]);
    requireAdministers(admin, scope.path, '课程范围只能是你管理的组织');
    if (assignment && assignedOrg && !assignedOrg.path.startsWith(scope.path))
      throw invalidArgument('指派的组织须在课程范围以内', 'assignment.orgId');
    const now = clock.now();
    if (assignment && assignment.deadline < clock.chinaToday(now))
      throw invalidArgument('截止日期不能早于今天', 'assignment.deadline');
    await requireCleanText(`${fields.title}\n${fields.description}`, caller.openid);

    const _id = existing?._id ?? idFor('c-', admin._id, requestId);
    if (fields.cover)
      await attachFiles('school', _id, admin._id, [fields.cover], {
        message: '封面须为本课程上传的图片，请重新上传',
        field: 'cover',
      });
    const createdAt = existing?.createdAt ?? now;
    const content = {
      ...fields,
      scopePath: scope.path,
      scopeName: scope.name,
      assignment:
        assignment && assignedOrg
          ? {
              orgId: assignedOrg._id,
              orgPath: assignedOrg.path,
              orgName: assignedOrg.name,
              deadline: assignment.deadline,
            }
          : null,
      assignedOrgId: assignedOrg?._id ?? null,
      editKey: editKeyOf(scope.path, new Date(createdAt), _id),
      updatedAt: now,
    };
    if (existing) {
      await courses().doc(_id).update({ data: content });
      if (existing.status === 'published')
        await assignCourseFigures({ ...existing, ...content }, now);
      if (existing.scopePath !== scope.path)
        await db
          .collection(COLLECTIONS.schoolLessons.name)
          .where({ courseId: _id })
          .update({ data: { scopePath: scope.path } });
      return toAdminCourse({ ...existing, ...content }, await lessonsOf(_id));
    }
    const course: CourseDoc = {
      _id,
      ...content,
      status: 'draft',
      lessonCount: 0,
      durationSeconds: 0,
      listKey: listKeyOf(now, _id),
      createdAt: now,
    };
    try {
      await courses().add({ data: course });
      return toAdminCourse(course, []);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // A resent form: the first try created it.
      const written = await findById<CourseDoc>(COLLECTIONS.schoolCourses.name, _id);
      if (!written) throw error;
      return toAdminCourse(written, await lessonsOf(_id));
    }
  },
});

/**
 * Publishes a course to its scope or withdraws it: members of the scope see a published course
 * and its lessons, and no longer see a withdrawn one; their progress stays, for when it returns.
 * A course is first listed at its first publication and keeps that place; repeating either
 * changes nothing.
 */
export const publishCourse = action('school', 'publishCourse', {
  async handler({ id, published }, caller) {
    const admin = requireMember(caller);
    const course = await loadCourseFor(admin, id);
    const lessons = await lessonsOf(id);
    if (published && lessons.length === 0) throw invalidArgument('课程还没有课时，不能发布', 'id');
    const status = published ? ('published' as const) : ('withdrawn' as const);
    const now = clock.now();
    const changes = {
      status,
      updatedAt: now,
      ...(course.status === 'draft' && published ? { listKey: listKeyOf(now, id) } : {}),
    };
    await Promise.all([
      courses().doc(id).update({ data: changes }),
      db
        .collection(COLLECTIONS.schoolLessons.name)
        .where({ courseId: id })
        .update({ data: { published } }),
    ]);
    // Branches see an assigned course's completion while it is published (docs/domain.md §7.12).
    await assignCourseFigures({ ...course, ...changes, lessonCount: lessons.length }, now);
    return toAdminCourse(
      { ...course, ...changes },
      lessons.map((l) => ({ ...l, published })),
    );
  },
});
