import type {
  BranchStudyYearDoc,
  CourseBranchDoc,
  OrganisationDoc,
} from '../../../typings/documents';
import type {
  BranchOverviewRow,
  CourseCompletion,
  HourBand,
  HoursSettings,
} from '../../../typings/functions/school';
import { isBehind, paceFor } from '../rules/hours';
import { bandCounts, behindCount, HOUR_BANDS } from '../rules/standing';

/** Whole percent, rounded down, so 100% means everyone. */
export const percentOf = (completed: number, assigned: number) =>
  assigned === 0 ? 0 : Math.floor((completed * 100) / assigned);

/** A branch's figure for a course without its members: what a completion shows. */
export type CourseCounts = Omit<CourseBranchDoc, 'members'>;

export function toCompletion(doc: CourseCounts): CourseCompletion {
  return {
    courseId: doc.courseId,
    title: doc.courseTitle,
    deadline: doc.deadline,
    assigned: doc.assigned,
    completed: doc.completed,
    percent: percentOf(doc.completed, doc.assigned),
  };
}

/** Members not done, in name order. */
export function notDone(doc: CourseBranchDoc): { memberId: string; name: string }[] {
  return Object.entries(doc.members)
    .filter(([, m]) => !m.done)
    .map(([memberId, m]) => ({ memberId, name: m.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * A branch's standing for a date from its maintained year. Members the year does not hold yet
 * (none of their study recorded, or new to the branch) have no 学时: counted in the lowest band
 * and, once the pace is above nothing, behind it by a member's requirement.
 */
export function standingOf(
  branch: Pick<OrganisationDoc, 'memberCount'>,
  year: BranchStudyYearDoc | null,
  settings: HoursSettings,
  date: string,
): { members: number; behindPace: number; bands: HourBand[] } {
  const lines = Object.values(year?.members ?? {});
  const unseen = Math.max(0, branch.memberCount - lines.length);
  const counts = bandCounts(lines, settings);
  counts[0] += unseen;
  const unseenBehind = isBehind(0, paceFor(settings.memberHours, date)) ? unseen : 0;
  return {
    members: lines.length + unseen,
    behindPace: behindCount(lines, settings, date) + unseenBehind,
    bands: HOUR_BANDS.map((from, i) => ({ from, to: HOUR_BANDS[i + 1] ?? null, count: counts[i] })),
  };
}

export function overviewRow(
  branch: Pick<OrganisationDoc, '_id' | 'name' | 'memberCount'>,
  year: BranchStudyYearDoc | null,
  courses: CourseCounts[],
  settings: HoursSettings,
  date: string,
): BranchOverviewRow {
  return {
    orgId: branch._id,
    orgName: branch.name,
    ...standingOf(branch, year, settings, date),
    courses: courses.map(toCompletion),
  };
}
