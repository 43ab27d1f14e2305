import ExcelJS from 'exceljs';
import { DEMO_OPENIDS as ID } from '../../emulator/seed/demo';
import type { AuditEntry, MemberDetail } from '../../typings';
import type { MemberDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { rosterRow, rosterWorkbook } from '../support/roster-sheet';
import { sdkFor } from '../support/sdk';

/**
 * Issue 11, finding 2: nothing a caller without the reveal right is shown or told may narrow a
 * member's ID number, and a duplicate check does not answer about records outside the
 * caller's scope; every refusal of a number already on the roster is logged for the admins
 * who see both records.
 */

let t: TestCloud;
let cloud: ReturnType<typeof sdkFor>;
let self: string; // demo-member, 综合办公室党支部 (the secretary's branch)
let colleague: string; // another member of that branch
let outsider: string; // demo-member-2, 第一采区党支部 (another 总支)
let secretaryId: string;

beforeAll(async () => {
  t = await startTestCloud();
  cloud = sdkFor(t.url);
  self = await t.memberId(ID.member);
  outsider = await t.memberId(ID.member2);
  secretaryId = await t.memberId(ID.secretary);
  const roster = ok(await t.call(ID.secretary, 'member', 'list', { orgId: 'org-b-office' }));
  colleague = roster.items.find((m) => ![self, secretaryId].includes(m._id))!._id;
});
afterAll(() => t.close());

const fullNumber = async (id: string) =>
  ok(await t.call(ID.admin, 'member', 'reveal', { id })).idNumber as string;

/** A candidate number as an attacker enters it: with the birth date it encodes. */
const candidate = (idNumber: string) => ({
  idNumber,
  birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
});

async function memberDoc(id: string): Promise<MemberDoc> {
  const { data } = (await cloud.database().collection('members').doc(id).get()) as unknown as {
    data: MemberDoc;
  };
  return data;
}

/** The digits a detail shows of the ID number. */
const shownDigits = (d: MemberDetail) => (d.idNumberMasked ?? '').replace(/\*/g, '');

async function refusals(openid: string): Promise<AuditEntry[]> {
  const log = ok(await t.call(openid, 'member', 'auditLog', {}));
  return log.items.filter((e) => e.action === 'id_number_refused');
}

describe('what member.get shows of an ID number', () => {
  it('shows a secretary the birth date and no digit of the number', async () => {
    const detail = ok(await t.call(ID.secretary, 'member', 'get', { id: self }));
    expect(detail.canReveal).toBe(false);
    expect(detail.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(detail.idNumberMasked).toBe('*'.repeat(18));
  });

  it('shows a fellow member of the branch no digit either', async () => {
    const detail = ok(await t.call(ID.member, 'member', 'get', { id: colleague }));
    expect(detail.idNumberMasked).toBe('*'.repeat(18));
  });

  it('shows the member and an admin who may reveal it the last 4, never the region', async () => {
    const full = await fullNumber(self);
    for (const openid of [ID.member, ID.admin]) {
      const detail = ok(await t.call(openid, 'member', 'get', { id: self }));
      expect(detail.canReveal).toBe(true);
      expect(detail.idNumberMasked).toBe(`${'*'.repeat(14)}${full.slice(-4)}`);
      expect(shownDigits(detail)).toHaveLength(4);
    }
  });

  it('stores no more of the number than the last 4 in the clear', async () => {
    const doc = await memberDoc(self);
    expect(doc.idNumberMasked).toMatch(/^\*{14}[\dX]{4}$/);
  });

  it('exports a secretary’s masked roster without a digit of any ID number', async () => {
    const reply = ok(
      await t.call(ID.secretary, 'member', 'exportRoster', { orgId: 'org-b-office' }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(reply.url)).arrayBuffer()) as ArrayBuffer);
    const ids = workbook.worksheets[0].getColumn(5).values.slice(2).map(String);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.every((v) => /^\*{18}$/.test(v))).toBe(true);
  });
});

describe('member.update with an ID number already on the roster', () => {
  const wrongChecksum = '110105194912310021';

  it('answers a number held outside the secretary’s scope exactly as a wrong number; nothing changes', async () => {
    const before = await memberDoc(self);
    const invalid = await t.call(ID.secretary, 'member', 'update', {
      id: self,
      idNumber: wrongChecksum,
    });
    expect(invalid).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: '身份证号码校验不通过，请核对',
        field: 'idNumber',
      },
    });
    const elsewhere = await t.call(ID.secretary, 'member', 'update', {
      id: self,
      ...candidate(await fullNumber(outsider)),
    });
    expect(elsewhere).toEqual(invalid);
    expect(await memberDoc(self)).toEqual(before);
  });

  it('tells the secretary when the number belongs to a member of their own branch', async () => {
    const before = await memberDoc(self);
    const reply = await t.call(ID.secretary, 'member', 'update', {
      id: self,
      ...candidate(await fullNumber(colleague)),
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '该身份证号码已在党员名册中', field: 'idNumber' },
    });
    expect(await memberDoc(self)).toEqual(before);
  });

  it('logs both refusals for the 党委 admin, who sees both records, and not for another 总支', async () => {
    const [secretary, holder, neighbour] = await Promise.all(
      [secretaryId, outsider, colleague].map(async (id) => (await memberDoc(id)).name),
    );
    const entries = await refusals(ID.admin);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorName: secretary, targetName: holder }),
        expect.objectContaining({ actorName: secretary, targetName: neighbour }),
      ]),
    );
    expect(await refusals(ID.prodAdmin)).toEqual([]);
  });
});

describe('member.create and member.importRoster with numbers already on the roster', () => {
  const fields = {
    name: '重复号码测试',
    gender: '女' as const,
    ethnicity: '汉族',
    birthDate: null,
    education: '大学本科',
    nativePlace: '山西太原',
    phone: null,
    workStartDate: null,
    joinedDate: '2020-07-01',
    fullMemberDate: null,
    status: '预备' as const,
    post: '职员',
    mobile: false,
  };

  it('create: a number held in another 总支 reads as a wrong number and adds nobody', async () => {
    const count = async () => t.cloud.db.countDocs('members');
    const members = await count();
    const reply = await t.call(ID.secretary, 'member', 'create', {
      ...fields,
      idNumber: await fullNumber(outsider),
      orgId: 'org-b-office',
    });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: '身份证号码校验不通过，请核对',
        field: 'idNumber',
      },
    });
    expect(await count()).toBe(members);
    const own = await t.call(ID.secretary, 'member', 'create', {
      ...fields,
      idNumber: await fullNumber(colleague),
      orgId: 'org-b-office',
    });
    expect(code(own)).toBe('CONFLICT');
    expect(await count()).toBe(members);
  });

  it('import: a row with a number held in another 总支 reads as a wrong number; each is logged', async () => {
    const logged = (await refusals(ID.admin)).length;
    const content = await rosterWorkbook([
      rosterRow(1),
      rosterRow(2, candidate(await fullNumber(outsider))),
      rosterRow(3, candidate(await fullNumber(colleague))),
      rosterRow(4, { idNumber: '110105194912310021' }),
    ]);
    const { fileID } = (await cloud.uploadFile({
      cloudPath: `imports/${secretaryId}/duplicates.xlsx`,
      fileContent: content,
    })) as { fileID: string };
    const report = ok(await t.call(ID.secretary, 'member', 'importRoster', { fileID }));
    expect(report).toEqual({
      accepted: 1,
      rejected: [
        { row: 3, reason: '身份证号码校验不通过，请核对' },
        { row: 4, reason: '该身份证号码已在党员名册中' },
        { row: 5, reason: '身份证号码校验不通过，请核对' },
      ],
    });
    expect((await refusals(ID.admin)).length).toBe(logged + 2);
    expect(await refusals(ID.prodAdmin)).toEqual([]);
  });
});
