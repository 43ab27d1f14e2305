import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { RequestOf } from '../../typings/functions';
import { sdkFor } from '../support/sdk';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { uploadAs } from '../support/upload';

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
let memberId: string;

/** How many documents of `collection` match `where`. */
const countOf = async (collection: string, where: object = {}) =>
  ((await db.collection(collection).where(where).count()) as unknown as { total: number }).total;

const START = '2026-12-10T09:00:00+08:00';
const planning = (over: Partial<RequestOf<'activity', 'plan'>> = {}) => ({
  type: '主题党日' as const,
  topic: '学习贯彻党的二十届四中全会精神',
  startsAt: '2026-12-10T10:00:00+08:00',
  endsAt: '2026-12-10T11:30:00+08:00',
  place: '三楼党员活动室',
  ...over,
});
const record = (activityId: string) => ({
  activityId,
  agenda: '学习全会精神',
  content: '书记领学全会公报，党员交流学习体会。',
  resolutions: [],
  grades: [],
  guests: [],
});
const at = (iso: string) => t.cloud.clock.set(iso);
const currentCode = async (activityId: string) =>
  ok(await t.call(ID.secretary, 'activity', 'signInCode', { activityId })).code;
const ledger = (activityId: string, who: string) =>
  countOf('point_ledger', { rule: 'attend_meeting', memberId: who, sourceId: activityId });

beforeAll(async () => {
  t = await startTestCloud({ at: START });
  db = sdkFor(t.url).database();
  memberId = await t.memberId(ID.member);
});
afterAll(() => t.close());

describe('the demo year', () => {
  it('shows every branch in the matrix with the gaps left on purpose, and a meeting to study', async () => {
    const matrix = ok(
      await t.call(ID.admin, 'activity', 'compliance', { orgId: 'org-root', year: 2026 }),
    );
    expect(matrix.rows).toHaveLength(8);
    const warnings = matrix.rows.flatMap((r) => r.months.flatMap((m) => m.warnings));
    expect(warnings).toEqual(expect.arrayContaining(['NO_THEME_DAY', 'NO_GENERAL_MEETING']));
    const office = matrix.rows.find((r) => r.orgId === 'org-b-office')!;
    expect(office.months[11].warnings).toContain('NO_THEME_DAY');
    const mine = ok(await t.call(ID.member, 'activity', 'mine', {}));
    expect(mine.toStudy.length).toBeGreaterThan(0);
    expect(mine.attended.items.length).toBeGreaterThan(0);
  });
});

describe('planning (activity.plan)', () => {
  it('plans for the secretary’s own branch by default, everyone due', async () => {
    const { activityId } = ok(await t.call(ID.secretary, 'activity', 'plan', planning()));
    const view = ok(await t.call(ID.member, 'activity', 'get', { activityId }));
    expect(view).toMatchObject({ orgId: 'org-b-office', type: '主题党日', status: 'planned' });
    expect(view.attendance.map((a) => a.memberId)).toContain(memberId);
  });

  it.each([
    ['a secretary, for another branch', ID.secretary, { orgId: 'org-b-mine1' }, 'FORBIDDEN'],
    ['an ordinary member', ID.member, {}, 'FORBIDDEN'],
    ['an unbound visitor', ID.visitor, {}, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_who, openid, over, expected) => {
    expect(code(await t.call(openid, 'activity', 'plan', planning(over)))).toBe(expected);
  });

  it.each([
    ['type', { type: '茶话会' }],
    ['startsAt', { startsAt: '明天上午' }],
    ['endsAt', { endsAt: '2026-12-10T09:00:00+08:00' }],
    ['topic', { topic: '' }],
  ])('answers bad %s with INVALID_ARGUMENT naming it, planning nothing', async (field, over) => {
    const before = await countOf('activities');
    const reply = await t.post(
      'activity',
      { action: 'plan', data: planning(over as object) },
      ID.secretary,
    );
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field } });
    expect(await countOf('activities')).toBe(before);
  });
});

describe('copying last month (activity.copyLastMonth)', () => {
  it('plans each of November’s activities a month later, once however often it is asked', async () => {
    const before = await countOf('activities', { orgId: 'org-b-office', month: '2026-12' });
    const november = await countOf('activities', { orgId: 'org-b-office', month: '2026-11' });
    const first = ok(await t.call(ID.secretary, 'activity', 'copyLastMonth', { month: '2026-12' }));
    expect(first.created).toBe(november);
    const again = ok(await t.call(ID.secretary, 'activity', 'copyLastMonth', { month: '2026-12' }));
    expect(again.created).toBe(0);
    expect(await countOf('activities', { orgId: 'org-b-office', month: '2026-12' })).toBe(
      before + november,
    );
    expect(code(await t.call(ID.member, 'activity', 'copyLastMonth', { month: '2026-12' }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('sign-in (activity.signIn)', () => {
  let activityId: string;
  beforeAll(async () => {
    at(START);
    activityId = ok(
      await t.call(ID.secretary, 'activity', 'plan', planning({ requestId: 'plan-signin-01' })),
    ).activityId;
  });

  it('is closed before the window opens', async () => {
    at('2026-12-10T09:29:00+08:00');
    expect(code(await t.call(ID.secretary, 'activity', 'signInCode', { activityId }))).toBe(
      'CONFLICT',
    );
    expect(
      code(await t.call(ID.member, 'activity', 'signIn', { activityId, code: '000000' })),
    ).toBe('CONFLICT');
  });

  it('gives the code only to the host or the secretary', async () => {
    at('2026-12-10T10:00:00+08:00');
    expect(code(await t.call(ID.member, 'activity', 'signInCode', { activityId }))).toBe(
      'FORBIDDEN',
    );
    const reply = ok(await t.call(ID.secretary, 'activity', 'signInCode', { activityId }));
    expect(reply.code).toMatch(/^\d{6}$/);
    expect(Date.parse(reply.expiresAt)).toBe(Date.parse('2026-12-10T10:00:30+08:00'));
  });

  it('refuses a stale code and a member of another branch', async () => {
    at('2026-12-10T10:00:00+08:00');
    const stale = await currentCode(activityId);
    at('2026-12-10T10:01:00+08:00');
    const fresh = await currentCode(activityId);
    expect(fresh).not.toBe(stale);
    const refused = await t.call(ID.member, 'activity', 'signIn', { activityId, code: stale });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'code' },
    });
    expect(code(await t.call(ID.member2, 'activity', 'signIn', { activityId, code: fresh }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.call(ID.member2, 'activity', 'get', { activityId }))).toBe('FORBIDDEN');
  });

  it('accepts the previous window’s code', async () => {
    at('2026-12-10T10:02:00+08:00');
    const shown = await currentCode(activityId);
    at('2026-12-10T10:02:40+08:00');
    expect(ok(await t.call(ID.member, 'activity', 'signIn', { activityId, code: shown }))).toEqual({
      signedIn: true,
      already: false,
    });
  });

  it('counts a second sign-in once', async () => {
    const again = ok(
      await t.call(ID.member, 'activity', 'signIn', {
        activityId,
        code: await currentCode(activityId),
      }),
    );
    expect(again.already).toBe(true);
    const view = ok(await t.call(ID.secretary, 'activity', 'get', { activityId }));
    expect(view.present).toBe(1);
  });

  it('is closed after the window', async () => {
    at('2026-12-10T12:01:00+08:00');
    expect(code(await t.call(ID.secretary, 'activity', 'signInCode', { activityId }))).toBe(
      'CONFLICT',
    );
  });
});

describe('30 parallel sign-ins of one member', () => {
  it('count once and, on confirm, award attend_meeting once', async () => {
    at(START);
    const { activityId } = ok(
      await t.call(ID.secretary, 'activity', 'plan', planning({ requestId: 'plan-parallel-1' })),
    );
    at('2026-12-10T10:05:00+08:00');
    const signInCode = await currentCode(activityId);
    const replies = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.call(ID.member, 'activity', 'signIn', { activityId, code: signInCode }),
      ),
    );
    expect(replies.map((r) => ok(r).already).filter((a) => !a)).toHaveLength(1);
    expect(await countOf('activity_attendance', { activityId, memberId })).toBe(1);

    ok(await t.call(ID.secretary, 'activity', 'saveRecord', record(activityId)));
    await Promise.all(
      Array.from({ length: 5 }, () => t.call(ID.secretary, 'activity', 'confirm', { activityId })),
    );
    expect(await ledger(activityId, memberId)).toBe(1);
    ok(await t.call(ID.secretary, 'activity', 'confirm', { activityId }));
    expect(await ledger(activityId, memberId)).toBe(1);
  });
});

describe('records', () => {
  let activityId: string;
  beforeAll(async () => {
    at(START);
    activityId = ok(
      await t.call(ID.secretary, 'activity', 'plan', planning({ requestId: 'plan-record-01' })),
    ).activityId;
  });

  it('is prefilled from the plan', async () => {
    const view = ok(await t.call(ID.secretary, 'activity', 'get', { activityId }));
    expect(view.agenda).toBe(planning().topic);
    expect(view.can).toMatchObject({ record: true, confirm: false, amend: false });
  });

  it('refuses a secretary of another branch and a member', async () => {
    const prodAdminTry = await t.call(ID.prodAdmin, 'activity', 'saveRecord', record(activityId));
    expect(code(prodAdminTry)).toBe('FORBIDDEN');
    expect(code(await t.call(ID.member, 'activity', 'saveRecord', record(activityId)))).toBe(
      'FORBIDDEN',
    );
  });

  it('records a retried upload once', async () => {
    const { cloudPath } = ok(
      await t.call(ID.secretary, 'activity', 'uploadTicket', { activityId, ext: 'jpg' }),
    );
    const fileID = await uploadAs(t.url, ID.secretary, cloudPath, 'photo');
    const first = ok(
      await t.call(ID.secretary, 'activity', 'addMedia', { activityId, fileID, kind: 'photo' }),
    );
    const retried = ok(
      await t.call(ID.secretary, 'activity', 'addMedia', { activityId, fileID, kind: 'photo' }),
    );
    expect(first).toEqual({ photos: 1, videos: 0 });
    expect(retried).toEqual({ photos: 1, videos: 0 });
    const view = ok(await t.call(ID.member, 'activity', 'get', { activityId }));
    expect(view.media).toHaveLength(1);
    expect(view.media[0].url).toBeTruthy();
  });

  it('refuses a file that was not issued to the caller for it', async () => {
    const reply = await t.call(ID.secretary, 'activity', 'addMedia', {
      activityId,
      fileID: 'cloud://local.env/activity/someone/0123456789abcdef0123456789abcdef.jpg',
      kind: 'photo',
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'fileID' },
    });
  });

  it('once confirmed cannot be overwritten, only amended', async () => {
    ok(await t.call(ID.secretary, 'activity', 'saveRecord', record(activityId)));
    const confirmed = ok(await t.call(ID.secretary, 'activity', 'confirm', { activityId }));
    expect(confirmed.status).toBe('confirmed');
    const overwrite = await t.call(ID.secretary, 'activity', 'saveRecord', {
      ...record(activityId),
      content: '改写',
    });
    expect(code(overwrite)).toBe('CONFLICT');
    const amending = { activityId, requestId: 'amend-0000001', text: '补充：会后向缺席党员送学。' };
    ok(await t.call(ID.secretary, 'activity', 'amend', amending));
    const view = ok(await t.call(ID.secretary, 'activity', 'amend', amending));
    expect(view.content).toBe(record(activityId).content);
    expect(view.amendments).toEqual([expect.objectContaining({ text: amending.text })]);
  });

  it('sends the material to absentees, who confirm they studied it', async () => {
    const mine = ok(await t.call(ID.member, 'activity', 'mine', {}));
    expect(mine.toStudy.map((a) => a.activityId)).toContain(activityId);
    ok(await t.call(ID.member, 'activity', 'studied', { activityId }));
    const view = ok(await t.call(ID.secretary, 'activity', 'get', { activityId }));
    expect(view.attendance.find((a) => a.memberId === memberId)?.studiedAt).toBeTruthy();
  });
});

describe('rules before confirming', () => {
  it('refuses a 党员大会 without quorum, saying why', async () => {
    at(START);
    const { activityId } = ok(
      await t.call(
        ID.secretary,
        'activity',
        'plan',
        planning({ type: '支部党员大会', requestId: 'plan-quorum-01' }),
      ),
    );
    ok(await t.call(ID.secretary, 'activity', 'saveRecord', record(activityId)));
    const view = ok(await t.call(ID.secretary, 'activity', 'get', { activityId }));
    expect(view.issues).toEqual([expect.stringContaining('未超过半数')]);
    const reply = await t.call(ID.secretary, 'activity', 'confirm', { activityId });
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('compliance (activity.compliance)', () => {
  it('shows the month’s 主题党日 held once its record is confirmed', async () => {
    at('2026-12-10T12:00:00+08:00');
    const branch = ok(
      await t.call(ID.secretary, 'activity', 'compliance', { orgId: 'org-b-office', year: 2026 }),
    );
    const december = branch.rows[0].months[11];
    expect(december.held.主题党日).toBeGreaterThanOrEqual(1);
    expect(december.warnings).not.toContain('NO_THEME_DAY');
    const matrix = ok(
      await t.call(ID.admin, 'activity', 'compliance', { orgId: 'org-root', year: 2026 }),
    );
    expect(
      matrix.rows.find((r) => r.orgId === 'org-b-office')?.months[11].held.主题党日,
    ).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['a member', ID.member, 'org-b-office'],
    ['the secretary, for another branch', ID.secretary, 'org-b-mine1'],
    ['the admin of another 总支', ID.prodAdmin, 'org-b-office'],
  ])('refuses %s', async (_who, openid, orgId) => {
    expect(code(await t.call(openid, 'activity', 'compliance', { orgId, year: 2026 }))).toBe(
      'FORBIDDEN',
    );
  });
});
