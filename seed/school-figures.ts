import type { CourseDoc, MemberDoc, OrganisationDoc } from '../typings/documents';
import { COLLECTIONS } from '../cloudfunctions/_shared/collections';
import { courseBranchDoc } from '../cloudfunctions/school/progress/docs';
import type { SeedTarget } from './demo';
import type { RosterSource } from './points';

/**
 * The figures of the demo's assigned courses (docs/domain.md §7.12): every branch under the
 * assignment with its members, none of whom has completed the course yet.
 */
export function seedSchoolFigures(target: SeedTarget & RosterSource, now: Date): void {
  const courses = target.find(COLLECTIONS.schoolCourses.name) as CourseDoc[];
  const orgs = target.find(COLLECTIONS.organisations.name) as OrganisationDoc[];
  const members = target.find(COLLECTIONS.members.name) as MemberDoc[];
  const docs = courses.flatMap((course) => {
    const assignment = course.assignment;
    if (!assignment) return [];
    return orgs
      .filter((o) => o.type === '党支部' && o.path.startsWith(assignment.orgPath))
      .map((branch) =>
        courseBranchDoc(
          { ...course, deadline: assignment.deadline },
          branch,
          members.filter((m) => m.orgId === branch._id),
          new Set(),
          now,
        ),
      );
  });
  target.insertMany(COLLECTIONS.schoolCourseBranches.name, docs);
}
