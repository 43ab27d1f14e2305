import type {
  BranchStudyYearDoc,
  CourseBranchDoc,
  CourseDoc,
  LessonProgressDoc,
  MemberDoc,
  OrganisationDoc,
  Role,
  StudyYearDoc,
} from '../../../typings/documents';
import { chunk, groupBy } from 'lodash-es';
import { branchesUnder } from '../../_shared/branches';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { isDuplicateKey } from '../../_shared/db-errors';
import { loadOrg } from '../../_shared/organisations';
import { rosterUnder } from '../../_shared/roster';
import { branchLine } from '../../_shared/study-line';
import { branchYearDoc, branchYearId, courseBranchDoc, courseBranchId } from './docs';

/**
 * Keeps the figures the secretaries' and admins' views read (docs/domain.md §7.12): each is
 * written where the event it counts is established, so no page aggregates progress records.
 */

const courseBranches = () => db.collection(COLLECTIONS.schoolCourseBranches.name);
const branchYears = () => db.collection(COLLECTIONS.schoolBranchYears.name);
const MAX_LESSONS = 100;
const ID_BATCH = 100;
const BRANCHES_AT_ONCE = 20;

type Studying = Pick<MemberDoc, '_id' | 'orgId'>;

/**
 * A lesson of `courseId` completed: when that completes the course and it is assigned to the
 * member's branch, the branch's figure counts the member, once — guarded by their entry still
 * reading not done, so a retried or racing completion finds nothing left to count. Costs a read
 * when the course is not assigned there; two, and the guarded update, when it is.
 */
export async function countCompletion(
  member: Studying,
  courseId: string,
  lessonId: string,
  now: Date,
): Promise<void> {
  const id = courseBranchId(courseId, member.orgId);
  const figure = await findById<CourseBranchDoc>(COLLECTIONS.schoolCourseBranches.name, id);
  const entry = figure?.members[member._id];
  if (!figure || !entry || entry.done) return;
  const { data } = await db
    .collection(COLLECTIONS.schoolProgress.name)
    .where({ memberId: member._id, courseId, completedAt: _.neq(null) })
    .field({ lessonId: true })
    .limit(MAX_LESSONS)
    .get<Pick<LessonProgressDoc, 'lessonId'>>();
  const done = new Set([lessonId, ...data.map((p) => p.lessonId)]);
  if (done.size < figure.lessonCount) return;
  await courseBranches()
    .where({ _id: id, [`members.${member._id}.done`]: false })
    .update({
      data: { [`members.${member._id}.done`]: true, completed: _.inc(1), updatedAt: now },
    });
}

/**
 * A member's year total has changed: their line in the branch's year is set to it. Setting the
 * whole line (not adding to it) means a write lost on the way is made good by the next one. A
 * branch's first line of the year builds its document from the roster and the members' years.
 */
export async function syncBranchHours(
  member: Pick<MemberDoc, '_id' | 'name' | 'orgId'> & { roles: Pick<Role, 'code'>[] },
  year: number,
  doc: Pick<StudyYearDoc, 'onlineSeconds' | 'offlineHours'> | null,
  now: Date,
): Promise<void> {
  const id = branchYearId(year, member.orgId);
  const line = branchLine(member, doc);
  const setLine = () =>
    branchYears()
      .where({ _id: id })
      .update({ data: { [`members.${member._id}`]: _.set(line), updatedAt: now } });
  if ((await setLine()).stats.updated === 1) return;
  const built = await buildBranchYear(await loadOrg(member.orgId), year, now);
  built.members[member._id] = line;
  try {
    await branchYears().add({ data: built });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    await setLine();
  }
}

async function buildBranchYear(
  branch: OrganisationDoc,
  year: number,
  now: Date,
): Promise<BranchStudyYearDoc> {
  const [roster, years] = await Promise.all([
    rosterUnder(branch.path),
    db
      .collection(COLLECTIONS.schoolYears.name)
      .where({ orgId: branch._id, year })
      .field({ memberId: true, onlineSeconds: true, offlineHours: true })
      .limit(1000)
      .get<Pick<StudyYearDoc, 'memberId' | 'onlineSeconds' | 'offlineHours'>>(),
  ]);
  return branchYearDoc(branch, year, roster, new Map(years.data.map((y) => [y.memberId, y])), now);
}

/**
 * A course published, withdrawn or its assignment changed: the figures it had go, and while it
 * is published and assigned every branch under the assignment gets its figure, members who
 * completed the course already counted as done. Doing it again sets the same figures.
 */
export async function assignCourseFigures(course: CourseDoc, now: Date): Promise<number> {
  await courseBranches().where({ courseId: course._id }).remove();
  if (course.status !== 'published' || !course.assignment) return 0;
  const assigned = { ...course, deadline: course.assignment.deadline };
  const root = await loadOrg(course.assignment.orgId);
  const [branches, roster] = await Promise.all([branchesUnder(root), rosterUnder(root.path)]);
  const byBranch = groupBy(roster, (m) => m.orgId);
  // A branch costs a read and a write: branches side by side, so an enterprise's thousand fit
  // in one call's time.
  for (const group of chunk(branches, BRANCHES_AT_ONCE)) {
    await Promise.all(
      group.map(async (branch) => {
        const members = byBranch[branch._id] ?? [];
        const done = await completedAmong(
          course,
          members.map((m) => m._id),
        );
        const { _id, ...data } = courseBranchDoc(assigned, branch, members, done, now);
        await courseBranches().doc(_id).set({ data });
      }),
    );
  }
  return branches.length;
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
      .limit(ID_BATCH * MAX_LESSONS)
      .get<Pick<LessonProgressDoc, 'memberId'>>();
    for (const p of data) lessons.set(p.memberId, (lessons.get(p.memberId) ?? 0) + 1);
  }
  return new Set([...lessons].filter(([, n]) => n >= course.lessonCount).map(([m]) => m));
}
