import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { ROSTER_COLUMNS } from '../../cloudfunctions/member/roster-sheet';
import { checkCharacter } from '../../cloudfunctions/member/rules/id-number';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

const idNumber = (n: number) => {
  const first17 = `14010519900${n}01${String(n).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};

const row = (n: number, overrides: Record<string, string> = {}) => ({
  name: `网页导入${n}`,
  gender: '女',
  ethnicity: '汉族',
  birthDate: `1990-0${n}-01`,
  idNumber: idNumber(n),
  education: '大学本科',
  nativePlace: '山西太原',
  phone: `1390000000${n}`,
  workStartDate: '2012-07-01',
  joinedDate: '2015-07-01',
  fullMemberDate: '2016-07-01',
  status: '正式',
  branch: '综合办公室党支部',
  post: '职员',
  mobile: '否',
  ...overrides,
});

async function rosterFile(rows: Record<string, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员名册');
  sheet.columns = ROSTER_COLUMNS.map(({ header, key }) => ({ header, key }));
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('importing a roster spreadsheet on the H5 build', () => {
  it('uploads the chosen file, reports imported and refused rows, and the roster shows the new members', async () => {
    const file = await rosterFile([row(1), row(2, { phone: '12345' }), row(3)]);
    const page = await openAs(browser, t.url, ID.secretary, '/packages/member/import-export/index');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('choose-import').click();
    await (
      await chooser
    ).setFiles({
      name: '名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });

    await page.getByText('成功导入 2 人').waitFor();
    const refused = page.getByRole('row').filter({ hasText: '手机号' });
    await refused.waitFor();
    expect(await refused.getByRole('cell').first().textContent()).toBe('3');

    const list = await t.call(ID.secretary, 'member', 'list', {
      orgId: 'org-b-office',
      q: '网页导入',
    });
    expect(list.ok && list.data.items.map((m) => m.name)).toEqual(['网页导入1', '网页导入3']);
    await page.close();
  });
});
