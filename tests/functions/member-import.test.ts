import ExcelJS from 'exceljs';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { ROSTER_COLUMNS } from '../../cloudfunctions/member/roster-sheet';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { idNumber, rosterRow as row, rosterWorkbook } from '../support/roster-sheet';
import { sdkFor } from '../support/sdk';

let t: TestCloud;
let cloud: ReturnType<typeof sdkFor>;
let secretaryId: string;

beforeAll(async () => {
  t = await startTestCloud();
  cloud = sdkFor(t.url);
  const me = await t.call(ID.secretary, 'member', 'me', {});
  if (!me.ok || !me.data.bound) throw new Error('secretary not bound');
  secretaryId = me.data.member._id;
});
afterAll(() => t.close());

async function upload(rows: Record<string, string>[], folder = secretaryId): Promise<string> {
  const content = await rosterWorkbook(rows);
  const { fileID } = (await cloud.uploadFile({
    cloudPath: `imports/${folder}/roster-${Date.now()}.xlsx`,
    fileContent: content,
  })) as { fileID: string };
  return fileID;
}

const officeCount = async () => {
  const tree = await t.call(ID.admin, 'member', 'orgTree', { rootId: 'org-b-office' });
  if (!tree.ok) throw new Error(tree.error.message);
  return tree.data.items[0].memberCount;
};

describe('importing a roster spreadsheet', () => {
  it('accepts 200 good rows, reports 5 bad ones by row and reason, and writes nothing of them', async () => {
    const before = await officeCount();
    const rows = Array.from({ length: 200 }, (_, i) => row(i + 1));
    const bad = [
      row(901, { idNumber: '110105194912310021' }),
      row(902, { branch: '不存在的党支部' }),
      row(903, { idNumber: idNumber(7), birthDate: row(7).birthDate }),
      row(904, { name: '' }),
      row(905, { joinedDate: '2015-13-45' }),
    ];
    // Spread the bad rows through the file: spreadsheet rows 12, 60, 108, 156, 204.
    bad.forEach((b, i) => rows.splice(10 + i * 48, 0, b));
    const report = await t.call(ID.secretary, 'member', 'importRoster', {
      fileID: await upload(rows),
    });
    if (!report.ok) throw new Error(report.error.message);

    expect(report.data.accepted).toBe(200);
    expect(report.data.rejected).toEqual([
      { row: 12, reason: '身份证号码校验不通过，请核对' },
      { row: 60, reason: '所在支部“不存在的党支部”不存在或不在你的管理范围内' },
      { row: 108, reason: expect.stringMatching(/^身份证号码与第 \d+ 行重复$/) },
      { row: 156, reason: '姓名不能为空' },
      { row: 204, reason: '入党日期不是有效的日期' },
    ]);
    expect(await officeCount()).toBe(before + 200);

    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.call(ID.secretary, 'member', 'list', {
        orgId: 'org-b-office',
        q: '导入党员',
        cursor,
      });
      if (!page.ok) throw new Error(page.error.message);
      names.push(...page.data.items.map((m) => m.name));
      cursor = page.data.nextCursor ?? undefined;
    } while (cursor);
    expect(names).toHaveLength(200);
    for (const n of [901, 902, 903, 905]) expect(names).not.toContain(`导入党员${n}`);
  });

  it('refuses rows already on the roster when the same file is imported again', async () => {
    const report = await t.call(ID.secretary, 'member', 'importRoster', {
      fileID: await upload([row(1), row(2)]),
    });
    expect(report).toEqual({
      ok: true,
      data: {
        accepted: 0,
        rejected: [
          { row: 2, reason: '该身份证号码已在党员名册中' },
          { row: 3, reason: '该身份证号码已在党员名册中' },
        ],
      },
    });
  });

  it('refuses a file that is not a spreadsheet, and another person’s upload', async () => {
    const { fileID } = (await cloud.uploadFile({
      cloudPath: `imports/${secretaryId}/x.xlsx`,
      fileContent: Buffer.from('not excel'),
    })) as { fileID: string };
    expect(await t.call(ID.secretary, 'member', 'importRoster', { fileID })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: '文件不是有效的 Excel（.xlsx）文件',
      }),
    });
    const foreign = await upload([row(300)], 'someone-else');
    expect((await t.call(ID.secretary, 'member', 'importRoster', { fileID: foreign })).ok).toBe(
      false,
    );
  });

  it('accepts the downloaded import template as it is: its sample row passes', async () => {
    const template = await t.call(ID.secretary, 'member', 'importTemplate', {});
    if (!template.ok) throw new Error(template.error.message);
    const content = Buffer.from(await (await fetch(template.data.url)).arrayBuffer());
    const { fileID } = (await cloud.uploadFile({
      cloudPath: `imports/${secretaryId}/template-${Date.now()}.xlsx`,
      fileContent: content,
    })) as { fileID: string };
    const report = await t.call(ID.secretary, 'member', 'importRoster', { fileID });
    if (!report.ok) throw new Error(report.error.message);
    expect(report.data).toMatchObject({ accepted: 1, rejected: [] });
  });

  it('refuses an ordinary member', async () => {
    const me = await t.call(ID.member, 'member', 'me', {});
    if (!me.ok || !me.data.bound) throw new Error('member not bound');
    const fileID = await upload([row(400)], me.data.member._id);
    expect(await t.call(ID.member, 'member', 'importRoster', { fileID })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'FORBIDDEN' }),
    });
  });
});

describe('exporting a roster', () => {
  it('exports the branch masked, in the import layout', async () => {
    const reply = await t.call(ID.secretary, 'member', 'exportRoster', { orgId: 'org-b-office' });
    if (!reply.ok) throw new Error(reply.error.message);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(reply.data.url)).arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...ROSTER_COLUMNS.map((c) => c.header)]);
    expect(sheet.rowCount).toBeGreaterThan(200);
    const ids = sheet.getColumn(5).values.slice(2).map(String);
    expect(ids.every((v) => /^\*{18}$/.test(v))).toBe(true);
  });

  it('exports full numbers only for an admin, and logs it', async () => {
    expect(
      (
        await t.call(ID.secretary, 'member', 'exportRoster', {
          orgId: 'org-b-office',
          unmasked: true,
        })
      ).ok,
    ).toBe(false);
    const reply = await t.call(ID.admin, 'member', 'exportRoster', {
      orgId: 'org-b-office',
      unmasked: true,
    });
    expect(reply.ok).toBe(true);
    const log = await t.call(ID.admin, 'member', 'auditLog', {});
    if (!log.ok) throw new Error(log.error.message);
    expect(log.data.items[0]).toMatchObject({
      action: 'export_unmasked',
      targetName: expect.stringContaining('综合办公室党支部'),
    });
  });
});
