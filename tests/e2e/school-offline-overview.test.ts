import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { addOfflineSheet } from '../../cloudfunctions/school/offline-sheet';
import type { OfflineRowInput } from '../../cloudfunctions/school/rules/offline-row';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';
import { schoolProbe } from '../support/school';

/**
 * Offline 学时 from a sheet (docs/domain.md §7.2), the 学时 standard (§7.1) and an admin's
 * overview of the subtree (§7.12) on the H5 build, on 2026-12-06.
 */
let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney({ at: '2026-12-06T10:00:00+08:00' })));
afterAll(() => endJourney({ t, browser }));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function sheetOf(rows: OfflineRowInput[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addOfflineSheet(workbook, rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('offline 学时, the standard and the overview, end to end', () => {
  jest.setTimeout(120_000);

  it('a secretary imports a sheet: a bad row stops it, the corrected one shows on the branch', async () => {
    const probe = schoolProbe(t);
    const member = (await probe.get<{ name: string; idNumberMasked: string }>(
      'members',
      await t.memberId(ID.member),
    ))!;
    const row = (patch: Partial<OfflineRowInput> = {}): OfflineRowInput => ({
      name: member.name,
      idLast4: member.idNumberMasked.slice(-4),
      branch: '综合办公室党支部',
      title: '集中培训：学习党章',
      date: '2026-12-01',
      hours: '2',
      ...patch,
    });
    const before = await t.call(ID.member, 'school', 'myHours', {});
    if (!before.ok) throw new Error(before.error.message);

    const page = await openAs(
      browser,
      t.url,
      ID.secretary,
      '/packages/school/branch-hours/index?orgId=org-b-office',
    );
    const line = page.getByTestId('school-branch-row').filter({ hasText: member.name });
    await line.getByText(`线下 ${before.data.offline} ·`).waitFor();
    await page.getByTestId('school-offline-import-entry').click();
    const upload = async (name: string, buffer: Buffer) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('school-offline-import').click();
      await (await chooser).setFiles({ name, mimeType: XLSX, buffer });
    };
    const report = page.getByTestId('school-offline-report');
    await upload('培训.xlsx', await sheetOf([row(), row({ date: '2026-12-07' })]));
    await report.getByText('1 行有问题，整张表未导入').waitFor();
    await report.getByText('第 3 行：培训日期不能晚于今天').waitFor();
    await upload('培训-改.xlsx', await sheetOf([row(), row({ date: '2026-12-05', hours: '1.5' })]));
    await report.getByText('成功导入 2 条记录，共 3.5 学时').waitFor();

    await page.goBack();
    await page.reload();
    await line.getByText(`线下 ${before.data.offline + 3.5} ·`).waitFor();
  });

  it('an admin raises the members’ requirement, refused below the regulation’s 32; members see it', async () => {
    const admin = await openAs(browser, t.url, ID.admin, '/packages/school/hours/index');
    await admin.getByTestId('school-hours-settings-entry').click();
    const memberHours = admin.getByTestId('field-memberHours').locator('input');
    await memberHours.fill('30');
    await admin.getByTestId('school-hours-settings-save').click();
    await admin
      .getByTestId('field-memberHours')
      .getByText('请填写 32–', { exact: false })
      .waitFor();
    await memberHours.fill('40');
    await admin.getByTestId('school-hours-settings-save').click();
    await admin.getByText('已保存').waitFor();

    const member = await openAs(browser, t.url, ID.member, '/packages/school/hours/index');
    await member.getByText('今年应完成 40 学时', { exact: false }).waitFor();
  });

  it('an admin goes from the 支部 tab to every branch’s 学时 and narrows it to a 总支', async () => {
    const page = await openAs(browser, t.url, ID.admin, '/pages/branch/index');
    await page.getByTestId('study-overview-entry').click();
    const branches = page.getByTestId('overview-branch');
    await branches.filter({ hasText: '综合办公室党支部' }).waitFor();
    await branches.filter({ hasText: '第一采区党支部' }).waitFor();
    await branches
      .filter({ hasText: '综合办公室党支部' })
      .getByText('学时分布：0–8 学时', { exact: false })
      .waitFor();

    await page.getByTestId('overview-org-生产运营党总支').click();
    await branches.filter({ hasText: '第一采区党支部' }).waitFor();
    await branches.filter({ hasText: '综合办公室党支部' }).waitFor({ state: 'detached' });
  });
});
