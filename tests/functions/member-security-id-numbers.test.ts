import ExcelJS from 'exceljs';
import { checkCharacter } from '../../cloudfunctions/member/rules/id-number';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { AuditEntry, MemberDetail } from '../../typings';
import type { MemberDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { rosterRow, rosterWorkbook } from '../support/roster-sheet';
import { sdkFor } from '../support/sdk';
import { record } from '../support/member-record';

/**
 * Issue 11, finding 2: nothing a caller without the reveal right is shown or told may narrow a
 * member's ID number, and a duplicate check does not answer about records outside the
 * caller's scope: a number held only there is answered exactly as a fresh one and held pending
 * for the admins who see both records; every such case, and every refusal of a number held in
 * scope, is logged for them.
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

/** Every entry of an admin's audit log, all pages. */
async function auditLog(openid: string): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = ok(await t.call(openid, 'member', 'auditLog', cursor ? { cursor } : {}));
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

const logged = async (openid: string, action: AuditEntry['action']) =>
  (await auditLog(openid)).filter((e) => e.action === action);

/**
 * A valid number that no member holds (the seed uses no number of this region), born on the
 * day `like` encodes, so a record given either shows the same birth date.
 */
const freshLike = (like: string, sequence: number) => {
  const first17 = `650102${like.slice(6, 14)}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};

/** What two records' replies may differ in: their ids. */
const withoutId = ({ _id, ...rest }: MemberDetail) => rest;

/** Members of the outsider's branch (another 总支) other than the outsider. */
async function othersOutside(): Promise<string[]> {
  const { orgId } = await memberDoc(outsider);
  const roster = ok(await t.call(ID.admin, 'member', 'list', { orgId }));
  return roster.items.map((m) => m._id).filter((id) => id !== outsider);
}

describe('what member.get shows of an ID number', () => {
  it('shows a secretary the birth date and no digit of the number', async () => {
    const detail = record(ok(await t.call(ID.secretary, 'member', 'get', { id: self })));
    expect(detail.canReveal).toBe(false);
    expect(detail.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(detail.idNumberMasked).toBe('*'.repeat(18));
  });

  it('shows a fellow member of the branch no digit either, nor any field of the number', async () => {
    const detail = ok(await t.call(ID.member, 'member', 'get', { id: colleague }));
    expect(detail).not.toHaveProperty('idNumberMasked');
  });

  it('shows the member and an admin who may reveal it the last 4, never the region', async () => {
    const full = await fullNumber(self);
    for (const openid of [ID.member, ID.admin]) {
      const detail = record(ok(await t.call(openid, 'member', 'get', { id: self })));
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
  let heldBy: string; // the outsider's number
  let holderBefore: MemberDoc;
  let names: { secretary: string; self: string; holder: string };

  beforeAll(async () => {
    heldBy = await fullNumber(outsider);
    holderBefore = await memberDoc(outsider);
    const [secretary, selfName] = await Promise.all(
      [secretaryId, self].map(async (id) => (await memberDoc(id)).name),
    );
    names = { secretary, self: selfName, holder: holderBefore.name };
  });

  it('answers a number held in another 总支 exactly as a fresh one, holds it pending and changes nothing of the holder', async () => {
    const accepted = ok(
      await t.call(ID.secretary, 'member', 'update', {
        id: self,
        ...candidate(freshLike(heldBy, 1)),
      }),
    );
    const acceptedDetail = ok(await t.call(ID.secretary, 'member', 'get', { id: self }));
    expect((await memberDoc(self)).idNumberPendingKey).toBeNull();

    const held = ok(
      await t.call(ID.secretary, 'member', 'update', { id: self, ...candidate(heldBy) }),
    );
    expect(held).toEqual(accepted);
    expect(ok(await t.call(ID.secretary, 'member', 'get', { id: self }))).toEqual(acceptedDetail);

    const doc = await memberDoc(self);
    expect(doc).toMatchObject({
      idNumberEnc: null,
      idNumberKey: `none:${self}`,
      idNumberPendingKey: holderBefore.idNumberKey,
      idNumberMasked: `${'*'.repeat(14)}${heldBy.slice(-4)}`,
    });
    expect(doc.idNumberPendingEnc).toEqual(expect.any(String));
    expect(await memberDoc(outsider)).toEqual(holderBefore);
  });

  it('files the case for the 党委 admin, who sees both records, and not for the admin of the holder’s 总支', async () => {
    expect(await logged(ID.admin, 'id_number_duplicate')).toEqual([
      expect.objectContaining({
        actorName: names.secretary,
        targetName: `${names.self}（与${names.holder}重复）`,
      }),
    ]);
    expect(await logged(ID.prodAdmin, 'id_number_duplicate')).toEqual([]);
  });

  it('reveals the number to the member as theirs, and marks it pending only for the admin who sees both', async () => {
    const own = ok(await t.call(ID.member, 'member', 'reveal', { id: self }));
    expect(own).toMatchObject({ idNumber: heldBy, idNumberPending: false });
    const admin = ok(await t.call(ID.admin, 'member', 'reveal', { id: self }));
    expect(admin).toMatchObject({ idNumber: heldBy, idNumberPending: true });

    const reply = ok(
      await t.call(ID.admin, 'member', 'exportRoster', { orgId: 'org-b-office', unmasked: true }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(reply.url)).arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const row = sheet.getColumn(1).values.findIndex((v) => v === names.self);
    expect(String(sheet.getRow(row).getCell(5).value)).toBe(`${heldBy}（与其他党员重复，待核实）`);
  });

  it('refuses the number to an admin who sees both records (CONFLICT); nothing changes', async () => {
    const before = await Promise.all([colleague, self].map(memberDoc));
    for (const id of [colleague, self]) {
      expect(await t.call(ID.admin, 'member', 'update', { id, ...candidate(heldBy) })).toEqual({
        ok: false,
        error: { code: 'CONFLICT', message: '该身份证号码已在党员名册中', field: 'idNumber' },
      });
    }
    expect(await Promise.all([colleague, self].map(memberDoc))).toEqual(before);
    expect(await memberDoc(outsider)).toEqual(holderBefore);
  });

  it('refuses the secretary a number held pending in their own branch, as an accepted one would be', async () => {
    const before = await memberDoc(colleague);
    const reply = await t.call(ID.secretary, 'member', 'update', {
      id: colleague,
      ...candidate(heldBy),
    });
    expect(code(reply)).toBe('CONFLICT');
    expect(await memberDoc(colleague)).toEqual(before);
  });

  it('tells the secretary when the number belongs to a member of their own branch, and logs it', async () => {
    const logBefore = (await logged(ID.admin, 'id_number_refused')).length;
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
    const refused = await logged(ID.admin, 'id_number_refused');
    expect(refused).toHaveLength(logBefore + 1);
    expect(refused[0]).toMatchObject({
      actorName: names.secretary,
      targetName: (await memberDoc(colleague)).name,
    });
    expect(await logged(ID.prodAdmin, 'id_number_refused')).toEqual([]);
  });

  it('lets the admin settle it with a number nobody holds: accepted, nothing left pending', async () => {
    const fresh = freshLike(heldBy, 2);
    ok(await t.call(ID.admin, 'member', 'update', { id: self, ...candidate(fresh) }));
    expect(await memberDoc(self)).toMatchObject({
      idNumberPendingEnc: null,
      idNumberPendingKey: null,
    });
    expect(ok(await t.call(ID.admin, 'member', 'reveal', { id: self }))).toMatchObject({
      idNumber: fresh,
      idNumberPending: false,
    });
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
  const count = async () => t.cloud.db.countDocs('members');

  it('create: a number held in another 总支 is answered exactly as a fresh one and held pending', async () => {
    const [holder] = await othersOutside();
    const heldBy = await fullNumber(holder);
    const holderBefore = await memberDoc(holder);
    const members = await count();
    const create = async (idNumber: string) =>
      ok(
        await t.call(ID.secretary, 'member', 'create', {
          ...fields,
          idNumber,
          orgId: 'org-b-office',
          // Both share a name and birth date on purpose: the likely-duplicate warning is answered.
          confirmDuplicate: true,
        }),
      );
    const accepted = await create(freshLike(heldBy, 3));
    const held = await create(heldBy);
    expect(withoutId(held)).toEqual(withoutId(accepted));
    expect(await count()).toBe(members + 2);
    const detail = async (id: string) =>
      withoutId(record(ok(await t.call(ID.secretary, 'member', 'get', { id }))));
    expect(await detail(held._id)).toEqual(await detail(accepted._id));

    expect(await memberDoc(held._id)).toMatchObject({
      idNumberEnc: null,
      idNumberKey: `none:${held._id}`,
      idNumberPendingKey: holderBefore.idNumberKey,
    });
    expect(await memberDoc(holder)).toEqual(holderBefore);
    expect(await logged(ID.admin, 'id_number_duplicate')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ targetName: `${fields.name}（与${holderBefore.name}重复）` }),
      ]),
    );
    expect(await logged(ID.prodAdmin, 'id_number_duplicate')).toEqual([]);
  });

  it('create: a number held in the secretary’s own branch is refused and adds nobody', async () => {
    const members = await count();
    const own = await t.call(ID.secretary, 'member', 'create', {
      ...fields,
      idNumber: await fullNumber(colleague),
      orgId: 'org-b-office',
    });
    expect(code(own)).toBe('CONFLICT');
    expect(await count()).toBe(members);
  });

  it('import: a row held in another 总支 is reported as a fresh one would be and held pending; each case is logged', async () => {
    const [, holder] = await othersOutside();
    const heldBy = await fullNumber(holder);
    const holderBefore = await memberDoc(holder);
    const neighbour = await fullNumber(colleague);
    const importRows = async (name: string, rows: Record<string, string>[]) => {
      const { fileID } = (await cloud.uploadFile({
        cloudPath: `imports/${secretaryId}/${name}.xlsx`,
        fileContent: await rosterWorkbook(rows),
      })) as { fileID: string };
      return ok(await t.call(ID.secretary, 'member', 'importRoster', { fileID }));
    };
    const sheet = (n: number, second: string) => [
      rosterRow(n),
      rosterRow(n + 1, candidate(second)),
      rosterRow(n + 2, candidate(neighbour)),
      rosterRow(n + 3, { idNumber: '110105194912310021' }),
    ];
    const expected = {
      accepted: 2,
      rejected: [
        { row: 4, reason: '该身份证号码已在党员名册中' },
        { row: 5, reason: '身份证号码校验不通过，请核对' },
      ],
    };
    expect(await importRows('fresh', sheet(201, freshLike(heldBy, 4)))).toEqual(expected);

    const before = {
      duplicates: (await logged(ID.admin, 'id_number_duplicate')).length,
      refused: (await logged(ID.admin, 'id_number_refused')).length,
    };
    expect(await importRows('held', sheet(211, heldBy))).toEqual(expected);
    expect((await logged(ID.admin, 'id_number_duplicate')).length).toBe(before.duplicates + 1);
    expect((await logged(ID.admin, 'id_number_refused')).length).toBe(before.refused + 1);
    expect(await logged(ID.prodAdmin, 'id_number_duplicate')).toEqual([]);
    expect(await logged(ID.prodAdmin, 'id_number_refused')).toEqual([]);

    const { data } = (await cloud
      .database()
      .collection('members')
      .where({ name: '导入党员212' })
      .get()) as unknown as { data: MemberDoc[] };
    expect(data).toEqual([
      expect.objectContaining({ idNumberEnc: null, idNumberPendingKey: holderBefore.idNumberKey }),
    ]);
    expect(await memberDoc(holder)).toEqual(holderBefore);
  });
});
