import type { CourseDoc, LessonProgressDoc, OrganisationDoc } from '../../../typings/documents';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { newId } from '../../_shared/ids';
import { rosterUnder } from '../../_shared/roster';
import { groupBy } from 'lodash-es';
import { COURSE_LESSONS_MAX } from '../authoring';
import { courseBranchDoc } from './docs';

/**
 * The figures of an assigned course, one per branch under the assignment (docs/domain.md §7.12),
 * built in a run: the publishing call builds the first branches, the school's timer the rest, so
 * a course assigned to thousands of branches never outlasts a call. A run is named on the course,
 * and a newer one supersedes it: published again, given a lesson, or a resent request. A run
 * superseded by a withdrawal or the end of the assignment removes what it wrote since; one
 * superseded by another run leaves it, as the newer run writes every branch too. Only a change
 * of the course within one batch's time of a run's start could leave one of that batch's
 * branches counted by the older run.
 */

const courses = () => db.collection(COLLECTIONS.schoolCourses.name);
const courseBranches = () => db.collection(COLLECTIONS.schoolCourseBranches.name);

/** Branches built side by side: a read of their roster, then a read and a write each. */
const BRANCHES_AT_ONCE = 20;
/** Branches the call that starts a run builds. */
const BRANCHES_PER_CALL = 200;
/** Branches a timer run builds, over the courses still building. */
const BRANCHES_PER_TICK = 800;
const ID_BATCH = 100;
const BUILDING_SHOWN = 20;

type Branch = Pick<OrganisationDoc, '_id' | 'path' | 'name'>;
type Building = CourseDoc & { figuresRun: string };
type Runs = Pick<CourseDoc, 'figuresRun' | 'figuresAfter' | 'figuresBuilding'>;

/**
 * A course published, withdrawn, reassigned or given a lesson: its figures go, and while it is
 * published and assigned a run builds every branch's again, members who completed the course
 * counted as done.
 */
export async function assignCourseFigures(course: CourseDoc, now: Date): Promise<void> {
  const run = course.status === 'published' && course.assignment ? newId() : null;
  const runs: Runs = { figuresRun: run, figuresAfter: '', figuresBuilding: !!run };
  // Removed before the run is named: the run named last is then never undone by another's removal.
  await courseBranches().where({ courseId: course._id }).remove();
  await courses().doc(course._id).update({ data: runs });
  if (run) await buildFigures({ ...course, ...runs, figuresRun: run }, BRANCHES_PER_CALL, now);
}

/** The timer's work: the courses whose run is not finished, in turn, up to 800 branches in all. */
export async function continueFigures(now: Date): Promise<{ built: number }> {
  const { data } = await courses()
    .where({ figuresBuilding: true })
    .limit(BUILDING_SHOWN)
    .get<Building>();
  let built = 0;
  for (const course of data) {
    if (built >= BRANCHES_PER_TICK) break;
    built += await buildFigures(course, BRANCHES_PER_TICK - built, now);
  }
  return { built };
}

/**
 * Builds up to `budget` branches' figures of the course's run, after the last one it built, in
 * path order; the course keeps where the run is, and forgets the run once every branch is built.
 */
async function buildFigures(course: Building, budget: number, now: Date): Promise<number> {
  const { assignment } = course;
  if (!assignment) {
    // Nothing to build: the run ends rather than come back every minute.
    await courses()
      .where({ _id: course._id, figuresRun: course.figuresRun })
      .update({ data: { figuresBuilding: false } });
    return 0;
  }
  const assigned = { ...course, deadline: assignment.deadline };
  let after = course.figuresAfter ?? '';
  let built = 0;
  while (built < budget) {
    const wanted = Math.min(BRANCHES_AT_ONCE, budget - built);
    const branches = await branchesAfter(assignment.orgPath, after, wanted);
    if (branches.length) {
      const roster = groupBy(
        await rosterUnder(branches[0].path, `${branches[branches.length - 1].path}\uffff`),
        (m) => m.orgId,
      );
      await Promise.all(
        branches.map(async (branch) => {
          const members = roster[branch._id] ?? [];
          const done = await completedAmong(
            course,
            members.map((m) => m._id),
          );
          const { _id, ...data } = courseBranchDoc(assigned, branch, members, done, now);
          await courseBranches()
            .doc(_id)
            .set({ data: { ...data, run: course.figuresRun } });
        }),
      );
      after = branches[branches.length - 1].path;
      built += branches.length;
    }
    const finished = branches.length < wanted;
    const { stats } = await courses()
      .where({ _id: course._id, figuresRun: course.figuresRun })
      .update({ data: finished ? { figuresBuilding: false } : { figuresAfter: after } });
    if (stats.updated === 0) {
      await endSuperseded(course);
      return built;
    }
    if (finished) return built;
  }
  return built;
}

/**
 * A run found its course moved on (or another caller of the same run a step ahead): what it
 * wrote goes only where the course no longer has figures.
 */
async function endSuperseded(course: Building): Promise<void> {
  const current = await findById<Runs>(COLLECTIONS.schoolCourses.name, course._id);
  if (current && current.figuresRun === null)
    await courseBranches().where({ courseId: course._id, run: course.figuresRun }).remove();
}

/** The next `n` branches under `rootPath` after the one at `after` (from the first when ''). */
async function branchesAfter(rootPath: string, after: string, n: number): Promise<Branch[]> {
  const end = `${rootPath}\uffff`;
  const { data } = await db
    .collection(COLLECTIONS.organisations.name)
    .where({
      path: (after ? _.gt(after) : _.gte(rootPath)).and(_.lt(end)),
      type: '党支部',
    })
    .orderBy('path', 'asc')
    .field({ name: true, path: true })
    .limit(n)
    .get<Branch>();
  return data;
}

/** Of `memberIds`, those whose progress has every lesson of the course completed. */
async function completedAmong(
  course: Pick<CourseDoc, '_id' | 'lessonCount'>,
  memberIds: string[],
): Promise<Set<string>> {
  const lessons = new Map<string, number>();
  for (let i = 0; i < memberIds.length; i += ID_BATCH) {
    const { data } = await db
      .collection(COLLECTIONS.schoolProgress.name)
      .where({
        memberId: _.in(memberIds.slice(i, i + ID_BATCH)),
        courseId: course._id,
        completedAt: _.neq(null),
      })
      .field({ memberId: true })
      .limit(ID_BATCH * COURSE_LESSONS_MAX)
      .get<Pick<LessonProgressDoc, 'memberId'>>();
    for (const p of data) lessons.set(p.memberId, (lessons.get(p.memberId) ?? 0) + 1);
  }
  return new Set([...lessons].filter(([, n]) => n >= course.lessonCount).map(([m]) => m));
}
