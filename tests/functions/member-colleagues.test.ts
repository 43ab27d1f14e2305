import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

let t: TestCloud;

beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.close());

/** What a colleague may read of another member: who they are and what seat they hold. */
const COLLEAGUE_FIELDS = [
  '_id',
  'kind',
  'name',
  'nickname',
  'avatar',
  'orgId',
  'orgName',
  'post',
  'titles',
];
const PRIVATE = [
  'birthDate',
  'ethnicity',
  'nativePlace',
  'education',
  'idNumberMasked',
  'phoneMasked',
  'gender',
  'joinedDate',
  'workStartDate',
];

describe('what a member reads of their colleagues', () => {
  it('lists the branch with names, seats and posts only', async () => {
    const page = ok(await t.call(ID.member, 'member', 'list', { orgId: 'org-b-office' }));
    expect(page.items.length).toBeGreaterThan(5);
    const me = await t.memberId(ID.member);
    for (const item of page.items.filter((m) => m._id !== me)) {
      expect(Object.keys(item).sort()).toEqual([...COLLEAGUE_FIELDS].sort());
    }
    expect(page.items.some((m) => m.kind === 'colleague' && m.titles.includes('支部书记'))).toBe(
      true,
    );
  });

  it('opens a colleague without their birth date, ethnicity, native place or education', async () => {
    const me = await t.memberId(ID.member);
    const page = ok(await t.call(ID.member, 'member', 'list', { orgId: 'org-b-office' }));
    const other = page.items.find((m) => m._id !== me)!;
    const detail = ok(await t.call(ID.member, 'member', 'get', { id: other._id }));
    for (const field of PRIVATE) expect(detail).not.toHaveProperty(field);
    expect(detail).toMatchObject({ kind: 'colleague', name: other.name });
  });

  it('still gives a member their own whole record, and the secretary every record of the branch', async () => {
    const me = await t.memberId(ID.member);
    expect(ok(await t.call(ID.member, 'member', 'get', { id: me }))).toMatchObject({
      kind: 'record',
      birthDate: expect.any(String),
      ethnicity: expect.any(String),
    });
    const page = ok(await t.call(ID.secretary, 'member', 'list', { orgId: 'org-b-office' }));
    expect(page.items.every((m) => m.kind === 'record')).toBe(true);
    const other = page.items.find((m) => m._id !== me)!;
    expect(ok(await t.call(ID.secretary, 'member', 'get', { id: other._id }))).toMatchObject({
      kind: 'record',
      education: expect.any(String),
    });
  });

  it('offers a secretary 调整积分 on others’ records, never on their own', async () => {
    const self = await t.memberId(ID.secretary);
    const own = ok(await t.call(ID.secretary, 'member', 'get', { id: self }));
    expect(own).toMatchObject({ kind: 'record', canManage: true, canAdjustPoints: false });
    const other = await t.memberId(ID.member);
    expect(ok(await t.call(ID.secretary, 'member', 'get', { id: other }))).toMatchObject({
      canAdjustPoints: true,
    });
  });
});
