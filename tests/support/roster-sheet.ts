import ExcelJS from 'exceljs';
import { checkCharacter } from '../../cloudfunctions/member/rules/id-number';
import { ROSTER_COLUMNS } from '../../cloudfunctions/member/roster-sheet';

/** A valid 身份证号码 numbered `n`, born on a day of the month `yyyymm` names. */
export function idNumber(n: number, yyyymm = '199001'): string {
  const first17 = `140105${yyyymm}${String(1 + (n % 28)).padStart(2, '0')}${String(n).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** One roster row as a secretary fills the import template: a 正式党员 of 综合办公室党支部. */
export function rosterRow(
  n: number,
  overrides: Record<string, string> = {},
  yyyymm?: string,
): Record<string, string> {
  const id = idNumber(n, yyyymm);
  return {
    name: `导入党员${n}`,
    gender: n % 2 ? '男' : '女',
    ethnicity: '汉族',
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    idNumber: id,
    education: '大学本科',
    nativePlace: '山西太原',
    phone: `139${String(n).padStart(8, '0')}`,
    workStartDate: '2012-07-01',
    joinedDate: '2015/7/1',
    fullMemberDate: '2016年7月1日',
    status: '正式',
    branch: '综合办公室党支部',
    post: '职员',
    mobile: '否',
    ...overrides,
  };
}

/** The rows as the import template's workbook (.xlsx bytes). */
export async function rosterWorkbook(rows: Record<string, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员名册');
  sheet.columns = ROSTER_COLUMNS.map(({ header, key }) => ({ header, key }));
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
