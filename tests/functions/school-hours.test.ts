import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';

// 学时 (docs/domain.md §7.1–§7.3): the requirement by role, offline 学时 recorded within the
// recorder's organisation, once per form; the daily quiz (§7.8).
let t: TestCloud;
let probe: ReturnType<typeof schoolProbe>;

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  probe = schoolProbe(t);
});
afterAll(() => t.close());

const training = (memberId: string, requestId: string, hours = 4) => ({
  memberId,
  title: '支部集中培训',
  date: '2026-12-01',
  hours,
  requestId,
});

describe('my 学时', () => {
  it('holds a member to 32 and a branch secretary to 56, with the pace for the date', async () => {
    const mine = ok(await t.call(ID.member, 'school', 'myHours', {}));
    expect(mine).toMatchObject({ year: 2026, hours: 0, required: 32, pace: 29.8, behind: true });
    expect(ok(await t.call(ID.secretary, 'school', 'myHours', {})).required).toBe(56);
  });
});

describe('offline 学时', () => {
  it('a secretary records for a member of their branch, once however often the form is sent', async () => {
    const memberId = await t.memberId(ID.member);
    const sent = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.call(ID.secretary, 'school', 'recordOffline', training(memberId, 'form-0000001')),
      ),
    );
    expect(sent.every((r) => r.ok)).toBe(true);
    const mine = ok(await t.call(ID.member, 'school', 'myHours', {}));
    expect(mine).toMatchObject({ hours: 4, offline: 4 });
    const points = (await probe.ledger(memberId, 'study_hour')).filter((e) =>
      e.sourceId.startsWith('offline:'),
    );
    expect(points).toHaveLength(1);
    expect(points[0].points).toBe(4);
    const branch = ok(
      await t.call(ID.secretary, 'school', 'branchHours', { orgId: 'org-b-office' }),
    );
    expect(branch.items.find((r) => r.memberId === memberId)).toMatchObject({ hours: 4 });
  });

  it('refuses a secretary a member of another branch, and changes nothing', async () => {
    const other = await t.memberId(ID.member2);
    expect(
      code(await t.call(ID.secretary, 'school', 'recordOffline', training(other, 'form-0000002'))),
    ).toBe('FORBIDDEN');
    expect(await probe.year(other)).toBeNull();
    expect(
      code(await t.call(ID.secretary, 'school', 'branchHours', { orgId: 'org-b-mine1' })),
    ).toBe('FORBIDDEN');
    expect(
      code(await t.call(ID.member, 'school', 'recordOffline', training(other, 'form-0000003'))),
    ).toBe('FORBIDDEN');
  });

  it('lets an admin record within their subtree only', async () => {
    const inside = await t.memberId(ID.member2);
    const outside = await t.memberId(ID.member);
    expect(
      ok(await t.call(ID.prodAdmin, 'school', 'recordOffline', training(inside, 'form-0000004', 8)))
        .hours.offline,
    ).toBe(8);
    expect(
      code(
        await t.call(ID.prodAdmin, 'school', 'recordOffline', training(outside, 'form-0000005')),
      ),
    ).toBe('FORBIDDEN');
  });

  it('answers bad input with INVALID_ARGUMENT naming the field, recording nothing', async () => {
    const memberId = await t.memberId(ID.member);
    const before = await probe.year(memberId);
    // 学时 are recorded in tenths (docs/domain.md §7.2): more than none, one decimal at most.
    for (const hours of [0.25, 0, 80.5]) {
      const bad = await t.call(
        ID.secretary,
        'school',
        'recordOffline',
        training(memberId, 'form-0000006', hours),
      );
      expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'hours' } });
    }
    const future = await t.call(ID.secretary, 'school', 'recordOffline', {
      ...training(memberId, 'form-0000007'),
      date: '2026-12-07',
    });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'date' } });
    expect(await probe.year(memberId)).toEqual(before);
  });
});

describe('the daily quiz', () => {
  it('gives the same five practice questions all day, each answered once, points once', async () => {
    const memberId = await t.memberId(ID.member);
    const quiz = ok(await t.call(ID.member, 'school', 'dailyQuiz', {}));
    expect(quiz.questions).toHaveLength(5);
    expect(ok(await t.call(ID.member, 'school', 'dailyQuiz', {})).questions).toEqual(
      quiz.questions,
    );
    for (const q of quiz.questions) {
      const doc = await probe.get<{ examOnly: boolean; answer: string[] }>(
        'school_questions',
        q._id,
      );
      expect(doc!.examOnly).toBe(false);
      const reply = ok(
        await t.call(ID.member, 'school', 'answerDaily', {
          questionId: q._id,
          answer: doc!.answer,
        }),
      );
      expect(reply).toMatchObject({ correct: true, answer: doc!.answer });
    }
    const again = await t.call(ID.member, 'school', 'answerDaily', {
      questionId: quiz.questions[0]._id,
      answer: ['A'],
    });
    expect(code(again)).toBe('CONFLICT');
    expect(ok(await t.call(ID.member, 'school', 'dailyQuiz', {})).done).toBe(true);
    const points = (await probe.ledger(memberId, 'daily_quiz')).filter(
      (e) => e.sourceId === '2026-12-06',
    );
    expect(points).toHaveLength(1);
    expect(points[0].points).toBe(5);
  });
});
