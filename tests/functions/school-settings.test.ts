import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';

// The enterprise's 学时 settings (docs/domain.md §7.1, §7.2): verified time is kept in seconds,
// so a new conversion changes online 学时 from then on; offline 学时 stay as recorded.
let t: TestCloud;
let probe: ReturnType<typeof schoolProbe>;
let memberId: string;

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  probe = schoolProbe(t);
  memberId = await t.memberId(ID.member);
  // As two hours of verified study have left the member's year.
  ok(await t.call(ID.member, 'school', 'openLesson', { id: 'course-plenum-l1' }));
  await probe.db
    .collection('school_member_years')
    .doc(`2026:${memberId}`)
    .update({ data: { onlineSeconds: 5400 } });
  ok(
    await t.call(ID.secretary, 'school', 'recordOffline', {
      memberId,
      title: '支部集中培训',
      date: '2026-12-01',
      hours: 2.5,
      requestId: 'settings-000001',
    }),
  );
});
afterAll(() => t.close());

const NEW = { minutesPerHour: 60, memberHours: 40, leaderHours: 60 };
const stored = () => probe.get<{ minutesPerHour: number }>('school_settings', 'org-root');

describe('学时 settings', () => {
  it('counts 45 minutes a 学时 and requires 32 and 56 until the enterprise sets otherwise', async () => {
    expect(ok(await t.call(ID.admin, 'school', 'hoursSettings', {}))).toEqual({
      minutesPerHour: 45,
      memberHours: 32,
      leaderHours: 56,
    });
    expect(ok(await t.call(ID.member, 'school', 'myHours', {}))).toMatchObject({
      online: 2,
      offline: 2.5,
      hours: 4.5,
      required: 32,
      minutesPerHour: 45,
    });
  });

  it('refuses a member, and an admin of a part of the enterprise, and changes nothing', async () => {
    for (const openid of [ID.member, ID.secretary, ID.prodAdmin]) {
      expect(code(await t.call(openid, 'school', 'saveHoursSettings', NEW))).toBe('FORBIDDEN');
      expect(code(await t.call(openid, 'school', 'hoursSettings', {}))).toBe('FORBIDDEN');
    }
    expect(await stored()).toBeNull();
  });

  it('refuses a requirement below the regulation’s, naming the field', async () => {
    for (const [field, value] of [
      ['minutesPerHour', 29],
      ['memberHours', 31],
      ['leaderHours', 50],
      ['minutesPerHour', 45.5],
    ] as const) {
      expect(
        await t.call(ID.admin, 'school', 'saveHoursSettings', { ...NEW, [field]: value }),
      ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field } });
    }
    expect(await stored()).toBeNull();
  });

  it('converts the year’s verified time by the new setting from then on', async () => {
    expect(ok(await t.call(ID.admin, 'school', 'saveHoursSettings', NEW))).toEqual(NEW);
    expect(ok(await t.call(ID.admin, 'school', 'hoursSettings', {}))).toEqual(NEW);
    // 5,400 s at 60 minutes a 学时; the offline 2.5 as recorded; the member's new requirement.
    expect(ok(await t.call(ID.member, 'school', 'myHours', {}))).toMatchObject({
      online: 1.5,
      offline: 2.5,
      hours: 4,
      required: 40,
      minutesPerHour: 60,
    });
    expect(ok(await t.call(ID.secretary, 'school', 'myHours', {})).required).toBe(60);
    const branch = ok(
      await t.call(ID.secretary, 'school', 'branchHours', { orgId: 'org-b-office' }),
    );
    expect(branch.items.find((r) => r.memberId === memberId)).toMatchObject({
      online: 1.5,
      hours: 4,
      required: 40,
    });
  });
});
