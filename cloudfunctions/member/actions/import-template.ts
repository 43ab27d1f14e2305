import { requireMember } from '../../_shared/caller';
import { action } from '../../_shared/router';
import { addRosterSheet, ROSTER_COLUMNS } from '../roster-sheet';
import { uploadForDownload } from '../../_shared/storage';

/** The import template: the roster columns with one example row. */
export const importTemplate = action('member', 'importTemplate', {
  async handler(_data, caller) {
    requireMember(caller);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    addRosterSheet(workbook, [Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, c.example]))]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const { url } = await uploadForDownload('templates/党员名册导入模板.xlsx', content);
    return { url };
  },
});
