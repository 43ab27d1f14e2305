import type { CourseDoc, LessonDoc, LessonProgressDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { notFound } from '../../_shared/errors';
import { byKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { ancestorsOf, requireStudies } from '../access';
import { hoursSettings } from '../settings';
import { toCourseItem, toLessonItem } from '../views';
import { readYear, summarise, yearOf } from '../years';

const PAGE_SIZE = 20;
/** The tab shows at most this many assigned courses; the full list is the course list. */
const ASSIGNED_SHOWN = 10;

/**
 * The 微党校 tab: courses assigned to the member's organisations, the lesson to continue and
 * the year's 学时 — two reads in parallel, both by index or id.
 */
export const home = action('school', 'home', {
  async handler(_data, caller) {
    const member = requireMember(caller);
    const now = clock.now();
    const [assigned, year, settings] = await Promise.all([
      db
        .collection(COLLECTIONS.schoolCourses.name)
        .where({ status: 'published', assignedOrgId: _.in(ancestorsOf(member.orgPath)) })
        .orderBy('listKey', 'desc')
        .limit(ASSIGNED_SHOWN)
        .get<CourseDoc>(),
      readYear(yearOf(now), member._id),
      hoursSettings(member.orgPath, { fresh: false }),
    ]);
    const active = year?.active;
    return {
      assigned: assigned.data
        .map((c) => toCourseItem(c, member.orgPath))
        .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '')),
      resume: active
        ? {
            lessonId: active.lessonId,
            courseId: active.courseId,
            title: active.title,
            position: active.position,
          }
        : null,
      hours: summarise(member, year, now, settings),
    };
  },
});

/** Published courses of the member's organisation and its ancestors, newest first. */
export const courses = action('school', 'courses', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const page = await readPage<CourseDoc>({
      collection: COLLECTIONS.schoolCourses.name,
      where: { status: 'published', scopeId: _.in(ancestorsOf(member.orgPath)) },
      order: byKey('listKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
    });
    return {
      items: page.items.map((c) => toCourseItem(c, member.orgPath)),
      nextCursor: page.nextCursor,
    };
  },
});

/** A course with its lessons and the member's progress in each: three reads in parallel. */
export const course = action('school', 'course', {
  async handler({ id }, caller) {
    const member = requireMember(caller);
    const [found, lessons, progress] = await Promise.all([
      findById<CourseDoc>(COLLECTIONS.schoolCourses.name, id),
      db
        .collection(COLLECTIONS.schoolLessons.name)
        .where({ courseId: id })
        .orderBy('order', 'asc')
        .limit(100)
        .get<LessonDoc>(),
      db
        .collection(COLLECTIONS.schoolProgress.name)
        .where({ memberId: member._id, courseId: id })
        .limit(100)
        .get<LessonProgressDoc>(),
    ]);
    if (!found || found.status !== 'published') throw notFound('找不到该课程');
    requireStudies(member, found);
    const byLesson = new Map(progress.data.map((p) => [p.lessonId, p]));
    return {
      ...toCourseItem(found, member.orgPath),
      lessons: lessons.data.map((l) => toLessonItem(l, byLesson.get(l._id))),
    };
  },
});
