import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { addQuestionSheet, TEMPLATE_ROWS } from '../../cloudfunctions/school/question-sheet';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';

/** 题库导入 on the H5 build (docs/domain.md §7.10): a sheet with a bad row, then the template. */
let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the question bank import, end to end', () => {
  jest.setTimeout(120_000);

  it('an admin sees each bad row’s reason, then imports the template as it is', async () => {
    const page = await openAs(browser, t.url, ID.admin, '/pages/school/index');
    await page.getByText('题库导入', { exact: true }).click();

    const workbook = new ExcelJS.Workbook();
    addQuestionSheet(workbook, [TEMPLATE_ROWS[0], { ...TEMPLATE_ROWS[1], answer: 'A' }]);
    const bad = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = async (name: string, buffer: Buffer) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('school-question-import').click();
      await (await chooser).setFiles({ name, mimeType: XLSX, buffer });
    };
    await upload('bad.xlsx', bad);
    const report = page.getByTestId('school-question-report');
    await report.getByText('1 行有问题，整张表未导入。请修改后重新上传：').waitFor();
    await report.getByText('第 3 行：多选题至少要有两个答案').waitFor();

    const template = await t.call(ID.admin, 'school', 'questionTemplate', {});
    if (!template.ok) throw new Error(template.error.message);
    const content = Buffer.from(await (await fetch(template.data.url)).arrayBuffer());
    await upload('题库导入模板.xlsx', content);
    await report.getByText('成功导入 3 道题').waitFor();
  });

  it('tells a member the page is for admins', async () => {
    const page = await openAs(browser, t.url, ID.member, '/packages/school/questions/index');
    await page.getByText('只有党委管理员可以导入题库').waitFor();
  });
});
