import type { OrganisationDoc, PointMemberYearDoc } from '../../../typings/documents';
import { branchesUnder } from '../../_shared/branches';
import { requireMember } from '../../_shared/caller';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { uploadExport } from '../../_shared/files';
import { loadOrg } from '../../_shared/organisations';
import { rosterUnder } from '../../_shared/roster';
import { DEFAULT_RULES } from '../../_shared/points/rules/defaults';
import { action } from '../../_shared/router';
import { requireManages } from '../../_shared/scope';

const BATCH = 1000;
const MONTHS = Array.from({ length: 12 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);

/**
 * A year's points for 民主评议: one sheet per branch, every member of the roster (with or
 * without points) by month and by rule. Read from the maintained year documents.
 */
export const exportYear = action('points', 'exportYear', {
  async handler({ orgId, year }, caller) {
    const viewer = requireMember(caller);
    const org = await loadOrg(orgId);
    requireManages(viewer, org);

    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    for (const branch of await branchesUnder(org)) {
      const [roster, years] = await Promise.all([rosterUnder(branch.path), yearsOf(branch, year)]);
      const sheet = workbook.addWorksheet(branch.name.slice(0, 31));
      sheet.columns = [
        { header: '姓名', key: 'name', width: 10 },
        ...MONTHS.map((m, i) => ({ header: `${i + 1}月`, key: m, width: 6 })),
        { header: '全年合计', key: 'total', width: 10 },
        ...DEFAULT_RULES.map((r) => ({ header: r.name, key: r.code, width: 12 })),
      ];
      sheet.getRow(1).font = { bold: true };
      for (const m of roster) {
        const doc = years.get(m._id);
        sheet.addRow({
          name: m.name,
          ...Object.fromEntries(MONTHS.map((k) => [k, doc?.months[k] ?? 0])),
          total: doc?.total ?? 0,
          ...Object.fromEntries(DEFAULT_RULES.map((r) => [r.code, doc?.byRule[r.code] ?? 0])),
        });
      }
    }
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    return uploadExport(viewer._id, `${year}年度积分-${org.name}.xlsx`, content);
  },
});

async function yearsOf(
  branch: OrganisationDoc,
  year: number,
): Promise<Map<string, PointMemberYearDoc>> {
  const { data } = await db
    .collection(COLLECTIONS.pointMemberYears.name)
    .where({ orgId: branch._id, year })
    .field({ memberId: true, months: true, total: true, byRule: true })
    .limit(BATCH)
    .get<PointMemberYearDoc>();
  return new Map(data.map((d) => [d.memberId, d]));
}
