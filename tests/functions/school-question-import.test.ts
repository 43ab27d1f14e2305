import ExcelJS from 'exceljs';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import {
  addQuestionSheet,
  type SheetRow,
  TEMPLATE_ROWS,
} from '../../cloudfunctions/school/question-sheet';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';
import { sdkFor } from '../support/sdk';

// Question-bank import (docs/domain.md §7.10), through the gateway as the demo identities.
let t: TestCloud;
let cloud: ReturnType<typeof sdkFor>;
let probe: ReturnType<typeof schoolProbe>;
let adminId: string;

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  cloud = sdkFor(t.url);
  probe = schoolProbe(t);
  adminId = await t.memberId(ID.admin);
});
afterAll(() => t.close());

let uploads = 0;
async function upload(content: Buffer, folder = adminId): Promise<string> {
  const { fileID } = (await cloud.uploadFile({
    cloudPath: `imports/${folder}/questions-${++uploads}.xlsx`,
    fileContent: content,
  })) as { fileID: string };
  return fileID;
}

async function sheetOf(rows: SheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addQuestionSheet(workbook, rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function bankSize(): Promise<number> {
  const { total } = (await probe.db.collection('school_questions').count()) as { total: number };
  return total;
}

const practiceBank = async () =>
  (await probe.get<{ questionIds: string[] }>('school_bank', 'practice'))!.questionIds;

const good = (n: number, patch: Partial<SheetRow> = {}): SheetRow => ({
  ...TEMPLATE_ROWS[0],
  stem: `第 ${n} 题：党的最高领导机关是什么？`,
  ...patch,
});

describe('importing the question bank from Excel', () => {
  it('imports the downloaded template as it is, once however often retried', async () => {
    const template = ok(await t.call(ID.admin, 'school', 'questionTemplate', {}));
    const content = Buffer.from(await (await fetch(template.url)).arrayBuffer());
    const fileID = await upload(content);
    const before = await bankSize();
    const practiceBefore = await practiceBank();
    expect(ok(await t.call(ID.admin, 'school', 'importQuestions', { fileID }))).toEqual({
      accepted: 3,
      rejected: [],
    });
    const retries = await Promise.all(
      [1, 2, 3].map(() => t.call(ID.admin, 'school', 'importQuestions', { fileID })),
    );
    expect(retries.map((r) => ok(r).accepted)).toEqual([3, 3, 3]);
    expect(await bankSize()).toBe(before + 3);
    const { data } = (await probe.db
      .collection('school_questions')
      .where({ createdAt: probe.db.command.exists(true), explanation: probe.db.command.neq('') })
      .limit(1000)
      .get()) as unknown as {
      data: { _id: string; type: string; answer: string[]; tags: string[]; examOnly: boolean }[];
    };
    const imported = data.filter((q) => q._id.startsWith('qi-'));
    expect(imported.map((q) => [q.type, q.answer, q.examOnly]).sort()).toEqual(
      [
        ['judge', ['T'], true],
        ['multiple', ['A', 'B', 'D'], false],
        ['single', ['A'], false],
      ].sort(),
    );
    expect(imported.find((q) => q.type === 'multiple')!.tags).toEqual(['支部条例', '组织生活']);
    // The two practice questions join the daily quiz's bank, the exam-only one does not.
    const practice = await practiceBank();
    expect(practice).toHaveLength(practiceBefore.length + 2);
    expect(practice.filter((id) => id.startsWith('qi-'))).toHaveLength(2);
  });

  it('reports every bad row with its reason and writes nothing', async () => {
    const rows = [
      good(1),
      good(2, { type: '填空' }),
      good(3, { answer: 'AB' }),
      good(4, { type: '多选', answer: 'A' }),
      good(5, { type: '判断', answer: 'B' }),
      good(6, { tags: '' }),
      good(1),
      good(8, { C: '', answer: 'D' }),
    ];
    const fileID = await upload(await sheetOf(rows));
    const before = await bankSize();
    const practiceBefore = await practiceBank();
    expect(ok(await t.call(ID.admin, 'school', 'importQuestions', { fileID }))).toEqual({
      accepted: 0,
      rejected: [
        { row: 3, reason: '题型须为 单选、多选 或 判断' },
        { row: 4, reason: '单选题只能有一个答案' },
        { row: 5, reason: '多选题至少要有两个答案' },
        { row: 6, reason: '判断题的答案须为 对 或 错' },
        { row: 7, reason: '标签不能为空' },
        { row: 8, reason: '题干与第 2 行重复' },
        { row: 9, reason: '选项须从 A 列起依次填写，中间不能空' },
      ],
    });
    expect(await bankSize()).toBe(before);
    expect(await practiceBank()).toEqual(practiceBefore);
  });

  it('refuses a secretary and a member, another’s file and a sheet without the columns', async () => {
    const secretaryId = await t.memberId(ID.secretary);
    const theirs = await upload(await sheetOf([good(20)]), secretaryId);
    expect(code(await t.call(ID.secretary, 'school', 'importQuestions', { fileID: theirs }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.call(ID.member, 'school', 'questionTemplate', {}))).toBe('FORBIDDEN');
    const before = await bankSize();
    expect(await t.call(ID.admin, 'school', 'importQuestions', { fileID: theirs })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'fileID' },
    });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('题库').addRow(['题干', '答案']);
    const bare = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(await t.call(ID.admin, 'school', 'importQuestions', { fileID: bare })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'fileID' },
    });
    expect(await bankSize()).toBe(before);
  });
});
