import type { Workbook } from 'exceljs';
import type { OfflineRowInput } from './rules/offline-row';

/** The offline 学时 template's columns, in order; an import finds each by its header. */
export const OFFLINE_COLUMNS = [
  { key: 'name', header: '姓名', width: 10 },
  { key: 'idLast4', header: '身份证后四位', width: 14 },
  { key: 'branch', header: '所在支部', width: 22 },
  { key: 'title', header: '培训名称', width: 30 },
  { key: 'date', header: '培训日期', width: 12 },
  { key: 'hours', header: '学时', width: 8 },
] as const satisfies readonly { key: keyof OfflineRowInput; header: string; width: number }[];

/** Text columns stay as typed: `0012` keeps its zeros, a date typed as text stays one. */
const TEXT_COLUMNS = ['idLast4', 'date'] as const;

export function addOfflineSheet(workbook: Workbook, rows: OfflineRowInput[]): void {
  const sheet = workbook.addWorksheet('线下学时');
  sheet.columns = OFFLINE_COLUMNS.map(({ header, key, width }) => ({ header, key, width }));
  sheet.getRow(1).font = { bold: true };
  for (const key of TEXT_COLUMNS) sheet.getColumn(key).numFmt = '@';
  for (const row of rows) sheet.addRow(row);
}
