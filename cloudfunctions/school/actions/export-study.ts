import type { BranchStudyYearDoc, CourseBranchDoc } from '../../../typings/documents';
import { branchesUnder } from '../../_shared/branches';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { uploadExport } from '../../_shared/files';
import { loadOrg } from '../../_shared/organisations';
import { rosterUnder } from '../../_shared/roster';
import { action } from '../../_shared/router';
import { requireManages } from '../../_shared/scope';
import { branchLine } from '../../_shared/study-line';
import { branchYearId } from '../progress/docs';
import { onlineHours, requiredHours } from '../rules/hours';
import { totalOf } from '../rules/standing';
import { hoursSettings } from '../settings';
import { yearOf } from '../years';

const ID_BATCH = 100;

/** Reads documents whose `field` is one of `values`, a hundred values a read. */
async function byValues<T>(collection: string, field: string, values: string[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += ID_BATCH) {
    const { data } = await db
      .collection(collection)
      .where({ [field]: _.in(values.slice(i, i + ID_BATCH)) })
      .limit(1000)
      .get<T>();
    out.push(...data);
  }
  return out;
}

/**
 * The year's study of every member of the subtree for 民主评议 (docs/domain.md §7.12): name,
 * branch, 学时 online, offline and in all against the requirement, and the assigned courses
 * completed — from the roster and the maintained branch figures, never the progress records.
 */
export const exportStudy = action('school', 'exportStudy', {
  async handler({ orgId }, caller) {
    const viewer = requireMember(caller);
    const org = await loadOrg(orgId);
    requireManages(viewer, org);
    const now = clock.now();
    const year = yearOf(now);
    const branches = await branchesUnder(org);
    const ids = branches.map((b) => b._id);
    const [roster, years, courses, settings] = await Promise.all([
      rosterUnder(org.path),
      byValues<BranchStudyYearDoc>(
        COLLECTIONS.schoolBranchYears.name,
        '_id',
        ids.map((id) => branchYearId(year, id)),
      ),
      byValues<CourseBranchDoc>(COLLECTIONS.schoolCourseBranches.name, 'orgId', ids),
      hoursSettings(org.path, { fresh: true }),
    ]);
    const branchName = new Map(branches.map((b) => [b._id, b.name]));
    const lineOf = new Map(
      years.flatMap((y) => Object.entries(y.members).map(([id, line]) => [id, line] as const)),
    );

    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(`${year}年度学习情况`);
    sheet.columns = [
      { header: '姓名', key: 'name', width: 10 },
      { header: '所在支部', key: 'branch', width: 24 },
      { header: '线上学时', key: 'online', width: 10 },
      { header: '线下学时', key: 'offline', width: 10 },
      { header: '合计学时', key: 'total', width: 10 },
      { header: '应修学时', key: 'required', width: 10 },
      { header: '是否达标', key: 'met', width: 10 },
      { header: '指派课程完成', key: 'courses', width: 14 },
      { header: '未完成课程', key: 'pending', width: 40 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const m of roster) {
      const line = lineOf.get(m._id) ?? branchLine(m, null);
      const total = totalOf(line, settings);
      const required = requiredHours(m.roles, settings);
      const assigned = courses.filter((c) => c.orgId === m.orgId && c.members[m._id]);
      const pending = assigned.filter((c) => !c.members[m._id].done);
      sheet.addRow({
        name: m.name,
        branch: branchName.get(m.orgId) ?? '',
        online: onlineHours(line.onlineSeconds, settings.minutesPerHour),
        offline: line.offline,
        total,
        required,
        met: total >= required ? '是' : '否',
        courses: `${assigned.length - pending.length}/${assigned.length}`,
        pending: pending.map((c) => c.courseTitle).join('、'),
      });
    }
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    return uploadExport(viewer._id, `${year}年度学习情况-${org.name}.xlsx`, content);
  },
});
