import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { MemberActions } from '../../typings/functions/member';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';
import { idNumber, rosterRow, rosterWorkbook } from '../support/roster-sheet';
import { sdkFor } from '../support/sdk';

let t: TestCloud;
let secretaryId: string;

beforeAll(async () => {
  t = await startTestCloud();
  secretaryId = await t.memberId(ID.secretary);
});
afterAll(() => t.close());

type Create = MemberActions['create']['req'];

const person = (over: Partial<Create> = {}): Create => ({
  name: '王建华',
  gender: '男',
  ethnicity: '汉族',
  birthDate: null,
  idNumber: idNumber(501, '198803'),
  education: '大学本科',
  nativePlace: '山西太原',
  phone: null,
  workStartDate: null,
  joinedDate: '2015-07-01',
  fullMemberDate: '2016-07-01',
  status: '正式',
  post: '职员',
  mobile: false,
  orgId: 'org-b-office',
  ...over,
});

const refusal = async (data: Create) => {
  const reply = await t.call(ID.secretary, 'member', 'create', data);
  if (reply.ok) throw new Error('accepted');
  return reply.error;
};

describe('what a new roster entry needs (member.create)', () => {
  it('refuses a name alone: 入党日期 is needed', async () => {
    expect(await refusal(person({ joinedDate: null, fullMemberDate: null }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'joinedDate',
      message: '请填写入党日期',
    });
  });

  it('needs an ID number, or the secretary saying why it is unknown', async () => {
    expect(await refusal(person({ idNumber: null }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'idNumber',
      message: '请填写身份证号码；确实无法提供的，请注明原因',
    });
    const created = ok(
      await t.call(
        ID.secretary,
        'member',
        'create',
        person({ name: '李未知', idNumber: null, idNumberUnknownReason: '外籍党员，无居民身份证' }),
      ),
    );
    expect(created).toMatchObject({ kind: 'record', name: '李未知', idNumberMasked: null });
  });

  it('warns of a likely duplicate — same name and birth date in the branch — and adds it only when confirmed', async () => {
    ok(
      await t.call(ID.secretary, 'member', 'create', person({ idNumber: idNumber(502, '198803') })),
    );
    const twin = person({ idNumber: idNumber(503, '198803'), birthDate: null });
    // idNumber(502) and idNumber(503) are born on different days: no warning.
    ok(await t.call(ID.secretary, 'member', 'create', twin));
    const same = person({
      idNumber: null,
      idNumberUnknownReason: '档案遗失',
      birthDate: '1988-03-27',
    });
    const warned = await refusal(same);
    expect(warned).toMatchObject({ code: 'CONFLICT', field: 'confirmDuplicate' });
    expect(warned.message).toContain('本支部已有同名且出生日期相同的党员');
    ok(await t.call(ID.secretary, 'member', 'create', { ...same, confirmDuplicate: true }));
  });
});

describe('the import follows the same rules', () => {
  it('rejects a row without an ID number or without 入党日期, by row and in words', async () => {
    const content = await rosterWorkbook([
      rosterRow(601),
      rosterRow(602, { idNumber: '' }),
      rosterRow(603, { joinedDate: '', fullMemberDate: '' }),
    ]);
    const { fileID } = (await sdkFor(t.url).uploadFile({
      cloudPath: `imports/${secretaryId}/required-${Date.now()}.xlsx`,
      fileContent: content,
    })) as { fileID: string };
    const report = ok(await t.call(ID.secretary, 'member', 'importRoster', { fileID }));
    expect(report).toEqual({
      accepted: 1,
      rejected: [
        { row: 3, reason: '请填写身份证号码；确实无法提供的，请在系统中逐个登记并注明原因' },
        { row: 4, reason: '请填写入党日期' },
      ],
    });
  });
});
