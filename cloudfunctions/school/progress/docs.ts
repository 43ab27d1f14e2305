import type {
  BranchStudyYearDoc,
  CourseBranchDoc,
  CourseDoc,
  MemberDoc,
  OrganisationDoc,
  StudyYearDoc,
} from '../../../typings/documents';
import { branchLine } from '../../_shared/study-line';

/**
 * The maintained figures' documents, built from what they summarise: by the functions when a
 * figure is first needed, and by the seed.
 */

export const courseBranchId = (courseId: string, branchId: string) => `${courseId}:${branchId}`;
export const branchYearId = (year: number, branchId: string) => `${year}:${branchId}`;

type Branch = Pick<OrganisationDoc, '_id' | 'path' | 'name'>;
type Assigned = Pick<CourseDoc, '_id' | 'title' | 'lessonCount'> & { deadline: string };

/** An assigned course in a branch: its members, those in `done` having completed it. */
export function courseBranchDoc(
  course: Assigned,
  branch: Branch,
  members: Pick<MemberDoc, '_id' | 'name'>[],
  done: ReadonlySet<string>,
  now: Date,
): CourseBranchDoc {
  return {
    _id: courseBranchId(course._id, branch._id),
    courseId: course._id,
    courseTitle: course.title,
    deadline: course.deadline,
    lessonCount: course.lessonCount,
    orgId: branch._id,
    orgPath: branch.path,
    orgName: branch.name,
    assigned: members.length,
    completed: members.filter((m) => done.has(m._id)).length,
    members: Object.fromEntries(
      members.map((m) => [m._id, { name: m.name, done: done.has(m._id) }]),
    ),
    listKey: `${course.deadline}|${course._id}`,
    updatedAt: now,
  };
}

/** A branch's year from its roster and the members' maintained years. */
export function branchYearDoc(
  branch: Branch,
  year: number,
  members: Pick<MemberDoc, '_id' | 'name' | 'roles'>[],
  years: ReadonlyMap<string, Pick<StudyYearDoc, 'onlineSeconds' | 'offlineHours'>>,
  now: Date,
): BranchStudyYearDoc {
  return {
    _id: branchYearId(year, branch._id),
    orgId: branch._id,
    orgPath: branch.path,
    orgName: branch.name,
    year,
    members: Object.fromEntries(
      members.map((m) => [m._id, branchLine(m, years.get(m._id) ?? null)]),
    ),
    updatedAt: now,
  };
}
