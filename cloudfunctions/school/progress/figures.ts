import type {
  BranchStudyYearDoc,
  CourseBranchDoc,
  LessonProgressDoc,
  MemberDoc,
  OrganisationDoc,
  Role,
  StudyYearDoc,
} from '../../../typings/documents';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { isDuplicateKey } from '../../_shared/db-errors';
import { loadOrg } from '../../_shared/organisations';
import { rosterUnder } from '../../_shared/roster';
import { branchLine } from '../../_shared/study-line';
import { COURSE_LESSONS_MAX } from '../authoring';
import { branchYearDoc, branchYearId, courseBranchId } from './docs';

/**
 * Keeps the figures the secretaries' and admins' views read (docs/domain.md §7.12): each is
 * written where the event it counts is established, so no page aggregates progress records.
 */

const courseBranches = () => db.collection(COLLECTIONS.schoolCourseBranches.name);
const branchYears = () => db.collection(COLLECTIONS.schoolBranchYears.name);

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
    .limit(COURSE_LESSONS_MAX)
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
