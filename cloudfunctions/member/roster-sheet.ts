import type { Workbook } from 'exceljs';
import type { MemberFields } from './fields';

/**
 * The roster spreadsheet: one column per field, in the order the national party-member
 * information system collects them. Import, export and the template share it, so an exported
 * file can be corrected and imported elsewhere.
 */
type Column = {
  header: string;
  key: keyof MemberFields | 'branch';
  width: number;
  example: string;
};

/** The template's example row is a real row: it passes the importer as it is (the ID number's
 * birth date and sex agree with 出生日期 and 性别). */
export const ROSTER_COLUMNS: Column[] = [
  { header: '姓名', key: 'name', width: 10, example: '张三' },
  { header: '性别', key: 'gender', width: 6, example: '男' },
  { header: '民族', key: 'ethnicity', width: 8, example: '汉族' },
  { header: '出生日期', key: 'birthDate', width: 12, example: '1990-05-01' },
  { header: '身份证号', key: 'idNumber', width: 22, example: '140105199005010013' },
  { header: '学历', key: 'education', width: 10, example: '大学本科' },
  { header: '籍贯', key: 'nativePlace', width: 12, example: '山西太原' },
  { header: '手机号', key: 'phone', width: 14, example: '13800000000' },
  { header: '参加工作日期', key: 'workStartDate', width: 14, example: '2012-07-01' },
  { header: '入党日期', key: 'joinedDate', width: 12, example: '2015-07-01' },
  { header: '转正日期', key: 'fullMemberDate', width: 12, example: '2016-07-01' },
  { header: '党员状态', key: 'status', width: 10, example: '正式' },
  { header: '所在支部', key: 'branch', width: 20, example: '综合办公室党支部' },
  { header: '岗位', key: 'post', width: 12, example: '工程师' },
  { header: '流动党员', key: 'mobile', width: 10, example: '否' },
];

export const MAX_IMPORT_ROWS = 3000;

export function addRosterSheet(workbook: Workbook, rows: Record<string, string>[]): void {
  const sheet = workbook.addWorksheet('党员名册');
  sheet.columns = ROSTER_COLUMNS.map(({ header, key, width }) => ({ header, key, width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
}
