import ExcelJS from 'exceljs';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { addOfflineSheet } from '../../cloudfunctions/school/offline-sheet';
import type { OfflineRowInput } from '../../cloudfunctions/school/rules/offline-row';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';
import { sdkFor } from '../support/sdk';

// Offline 学时 from a sheet and with an evidence photo (docs/domain.md §7.2), through the
// gateway as the demo identities, on 2026-12-06.
let t: TestCloud;
let cloud: ReturnType<typeof sdkFor>;
let probe: ReturnType<typeof schoolProbe>;
let secretaryId: string;

interface Person {
  _id: string;
  name: string;
  idNumberMasked: string | null;
  orgId: string;
}

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  cloud = sdkFor(t.url);
  probe = schoolProbe(t);
  secretaryId = await t.memberId(ID.secretary);
});
afterAll(() => t.close());

const person = async (openid: string) =>
  (await probe.get<Person>('members', await t.memberId(openid)))!;
const branchName = async (orgId: string) =>
  (await probe.get<{ name: string }>('organisations', orgId))!.name;

let uploads = 0;
async function upload(content: Buffer, folder: string): Promise<string> {
  const { fileID } = (await cloud.uploadFile({
    cloudPath: `imports/${folder}/offline-${++uploads}.xlsx`,
    fileContent: content,
  })) as { fileID: string };
  return fileID;
}

async function sheetOf(rows: OfflineRowInput[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addOfflineSheet(workbook, rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function rowFor(
  openid: string,
  patch: Partial<OfflineRowInput> = {},
): Promise<OfflineRowInput> {
  const p = await person(openid);
  return {
    name: p.name,
    idLast4: p.idNumberMasked!.slice(-4),
    branch: await branchName(p.orgId),
    title: '支部集中学习',
    date: '2026-12-01',
    hours: '2',
    ...patch,
  };
}

const offlineCount = async () =>
  ((await probe.db.collection('school_offline').count()) as { total: number }).total;
const offlineOf = async (openid: string) =>
  (await probe.year(await t.memberId(openid)))?.offlineHours ?? 0;

describe('importing offline 学时 from Excel', () => {
  it('imports the downloaded template as it is, once however often the import is resent', async () => {
    const template = ok(await t.call(ID.secretary, 'school', 'offlineTemplate', {}));
    const content = Buffer.from(await (await fetch(template.url)).arrayBuffer());
    const fileID = await upload(content, secretaryId);
    const before = await offlineOf(ID.secretary);
    const request = { fileID, requestId: 'offline-import-0001' };
    const replies = await Promise.all(
      [1, 2, 3].map(() => t.call(ID.secretary, 'school', 'importOffline', request)),
    );
    expect(replies.map((r) => ok(r))).toEqual(
      Array.from({ length: 3 }, () => ({ accepted: 1, hours: 4, rejected: [] })),
    );
    ok(await t.call(ID.secretary, 'school', 'importOffline', request));
    // The sample row is the secretary's own training today.
    expect(await offlineOf(ID.secretary)).toBe(before + 4);
    const points = await probe.ledger(secretaryId, 'study_hour');
    expect(points.filter((e) => e.sourceId.includes('offline-import-0001'))).toHaveLength(1);
  });

  it('imports a clean sheet for the branch, members told apart by name and ID number', async () => {
    const fileID = await upload(
      await sheetOf([
        await rowFor(ID.member, { hours: '1.5', branch: '' }),
        await rowFor(ID.member, { title: '党课：学习党章', hours: '2.5' }),
      ]),
      secretaryId,
    );
    const before = await offlineOf(ID.member);
    expect(
      ok(
        await t.call(ID.secretary, 'school', 'importOffline', {
          fileID,
          requestId: 'offline-import-0002',
        }),
      ),
    ).toEqual({ accepted: 2, hours: 4, rejected: [] });
    expect(await offlineOf(ID.member)).toBe(before + 4);
    const mine = ok(await t.call(ID.member, 'school', 'myHours', {}));
    expect(mine.offline).toBe(before + 4);
  });

  it('writes nothing from a sheet with a bad row, and says which row and why', async () => {
    const fileID = await upload(
      await sheetOf([
        await rowFor(ID.member),
        await rowFor(ID.member, { date: '2026-12-07' }),
        await rowFor(ID.member, { hours: '1.25' }),
        await rowFor(ID.member, { idLast4: '0000' }),
        await rowFor(ID.member),
      ]),
      secretaryId,
    );
    const [records, hours] = [await offlineCount(), await offlineOf(ID.member)];
    const name = (await person(ID.member)).name;
    expect(
      ok(
        await t.call(ID.secretary, 'school', 'importOffline', {
          fileID,
          requestId: 'offline-import-0003',
        }),
      ),
    ).toEqual({
      accepted: 0,
      hours: 0,
      rejected: [
        { row: 3, reason: '培训日期不能晚于今天' },
        { row: 4, reason: '学时须为大于 0 的数字，最多一位小数' },
        { row: 5, reason: `所在支部中没有姓名为“${name}”、身份证后四位为 0000 的党员` },
        { row: 6, reason: '与第 2 行是同一党员的同一次培训' },
      ],
    });
    expect([await offlineCount(), await offlineOf(ID.member)]).toEqual([records, hours]);
  });

  it('refuses a secretary the members of another branch, and writes nothing', async () => {
    const other = await rowFor(ID.member2);
    const fileID = await upload(
      await sheetOf([await rowFor(ID.member), other, { ...other, branch: '' }]),
      secretaryId,
    );
    const records = await offlineCount();
    const report = ok(
      await t.call(ID.secretary, 'school', 'importOffline', {
        fileID,
        requestId: 'offline-import-0004',
      }),
    );
    expect(report.accepted).toBe(0);
    expect(report.rejected).toEqual([
      { row: 3, reason: `所在支部“${other.branch}”不存在或不在你的管理范围内` },
      {
        row: 4,
        reason: `所在支部中没有姓名为“${other.name}”、身份证后四位为 ${other.idLast4} 的党员`,
      },
    ]);
    expect(await offlineCount()).toBe(records);
    expect(await offlineOf(ID.member2)).toBe(0);
  });

  it('lets an admin import for the subtree, and nobody else', async () => {
    const prodAdminId = await t.memberId(ID.prodAdmin);
    const fileID = await upload(
      await sheetOf([await rowFor(ID.member2, { hours: '8' })]),
      prodAdminId,
    );
    const request = { fileID, requestId: 'offline-import-0005' };
    expect(code(await t.call(ID.member, 'school', 'importOffline', request))).toBe('FORBIDDEN');
    expect(ok(await t.call(ID.prodAdmin, 'school', 'importOffline', request)).accepted).toBe(1);
    expect(await offlineOf(ID.member2)).toBe(8);
    // Another's upload is not the caller's to import.
    expect(
      await t.call(ID.secretary, 'school', 'importOffline', {
        fileID,
        requestId: 'offline-import-0006',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'fileID' } });
    expect(
      await t.post('school', { action: 'importOffline', data: { fileID } }, ID.secretary),
    ).toMatchObject({
      body: { ok: false, error: { code: 'INVALID_ARGUMENT', field: 'requestId' } },
    });
  });
});

describe('an evidence photo', () => {
  it('is the recorder’s own upload, shown to the member and the branch by a short-lived link', async () => {
    const memberId = await t.memberId(ID.member);
    const { cloudPath } = ok(await t.call(ID.secretary, 'school', 'offlineTicket', { ext: 'jpg' }));
    const { fileID } = (await cloud.uploadFile({
      cloudPath,
      fileContent: Buffer.from('evidence photo'),
    })) as { fileID: string };
    const form = {
      memberId,
      title: '党委集中培训',
      date: '2026-11-20',
      hours: 8,
      requestId: 'evidence-000001',
      evidence: fileID,
    };
    const records = await offlineCount();
    // The photo is the secretary's: an admin who did not upload it cannot use it.
    const member2Id = await t.memberId(ID.member2);
    expect(
      await t.call(ID.prodAdmin, 'school', 'recordOffline', { ...form, memberId: member2Id }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'evidence' } });
    expect(await offlineCount()).toBe(records);

    ok(await t.call(ID.secretary, 'school', 'recordOffline', form));
    for (const viewer of [ID.member, ID.secretary]) {
      const page = ok(await t.call(viewer, 'school', 'offlineRecords', { memberId }));
      const record = page.items.find((r) => r.title === '党委集中培训')!;
      expect(record).toMatchObject({ date: '2026-11-20', hours: 8 });
      const photo = await fetch(record.evidenceUrl!);
      expect(await photo.text()).toBe('evidence photo');
    }
    expect(code(await t.call(ID.member2, 'school', 'offlineRecords', { memberId }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.call(ID.prodAdmin, 'school', 'offlineRecords', { memberId }))).toBe(
      'FORBIDDEN',
    );
  });
});
