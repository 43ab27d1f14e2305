import type {
  CourseBranchDoc,
  LessonProgressDoc,
  MemberDoc,
  OrganisationDoc,
  StudyYearDoc,
} from '../../typings/documents';
import { inChina } from './clock';
import { _, db } from './cloud';
import { COLLECTIONS } from './collections';
import { findById } from './db';
import { branchLine } from './study-line';

/**
 * The school's maintained figures of a branch that change when its roster does (docs/domain.md
 * §7.12): shared so the member function keeps them when it moves a member.
 */

const MAX_COURSES = 100;
const MAX_LESSONS = 100;

/** Whether the member's progress has every lesson of the course completed. */
async function hasCompleted(memberId: string, courseId: string, lessonCount: number) {
  const { data } = await db
    .collection(COLLECTIONS.schoolProgress.name)
    .where({ memberId, courseId, completedAt: _.neq(null) })
    .field({ lessonId: true })
    .limit(MAX_LESSONS)
    .get<Pick<LessonProgressDoc, 'lessonId'>>();
  return data.length >= lessonCount;
}

/**
 * A member moved from one branch to another: they leave the old branch's course figures and
 * year, and join the new branch's — done where they completed the course already. Each change
 * is guarded by the member's entry being there (or not), so a repeated move changes nothing.
 */
export async function moveStudyFigures(
  member: Pick<MemberDoc, '_id' | 'name' | 'roles'>,
  fromId: string,
  to: Pick<OrganisationDoc, '_id' | 'path'>,
  now: Date,
): Promise<void> {
  const key = `members.${member._id}`;
  const figures = db.collection(COLLECTIONS.schoolCourseBranches.name);
  const [left, joined] = await Promise.all([
    figures
      .where({ orgId: fromId, [key]: _.exists(true) })
      .field({ [key]: true })
      .limit(MAX_COURSES)
      .get<Pick<CourseBranchDoc, '_id' | 'members'>>(),
    figures
      .where({ orgId: to._id })
      .field({ courseId: true, lessonCount: true })
      .limit(MAX_COURSES)
      .get<Pick<CourseBranchDoc, '_id' | 'courseId' | 'lessonCount'>>(),
  ]);
  for (const f of left.data) {
    const done = f.members[member._id]?.done ?? false;
    await figures.where({ _id: f._id, [key]: _.exists(true) }).update({
      data: {
        [key]: _.remove(),
        assigned: _.inc(-1),
        completed: _.inc(done ? -1 : 0),
        updatedAt: now,
      },
    });
  }
  for (const f of joined.data) {
    const done = await hasCompleted(member._id, f.courseId, f.lessonCount);
    await figures.where({ _id: f._id, [key]: _.exists(false) }).update({
      data: {
        [key]: _.set({ name: member.name, done }),
        assigned: _.inc(1),
        completed: _.inc(done ? 1 : 0),
        updatedAt: now,
      },
    });
  }

  const year = inChina(now).year();
  const years = db.collection(COLLECTIONS.schoolBranchYears.name);
  const mine = await findById<StudyYearDoc>(COLLECTIONS.schoolYears.name, `${year}:${member._id}`);
  await Promise.all([
    years
      .where({ _id: `${year}:${fromId}`, [key]: _.exists(true) })
      .update({ data: { [key]: _.remove(), updatedAt: now } }),
    // A branch whose year is not built yet takes the member in when it is built.
    years
      .where({ _id: `${year}:${to._id}` })
      .update({ data: { [key]: _.set(branchLine(member, mine)), updatedAt: now } }),
    mine
      ? db
          .collection(COLLECTIONS.schoolYears.name)
          .doc(mine._id)
          .update({ data: { orgId: to._id, orgPath: to.path, updatedAt: now } })
      : null,
  ]);
}
