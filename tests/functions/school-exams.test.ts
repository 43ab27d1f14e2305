import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { StartedExam } from '../../typings/functions/school';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';

// Exams held by the server (docs/domain.md §7.7), through the gateway as the demo identities.
let t: TestCloud;
let probe: ReturnType<typeof schoolProbe>;

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  probe = schoolProbe(t);
});
afterAll(() => t.close());

/** Every key anywhere in a JSON value. */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]);
  return [];
}

/** The right answers of a paper, read from the bank the way only the server can. */
async function rightAnswers(paper: StartedExam): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    paper.questions.map(async (q) => {
      const doc = await probe.get<{ answer: string[] }>('school_questions', q._id);
      return [q._id, doc!.answer] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const attempt = (id: string) =>
  probe.get<{ submittedAt: Date | null; score: number | null }>('school_attempts', id);

describe('the exam list and scope', () => {
  it('lists the exam of the member’s branch and not another branch’s', async () => {
    const { items } = ok(await t.call(ID.member, 'school', 'exams', {}));
    expect(items.map((e) => e._id)).toEqual(['exam-office']);
    expect(items[0]).toMatchObject({ title: expect.any(String), open: true, attemptsUsed: 0 });
  });

  it('refuses a member outside the scope the exam', async () => {
    expect(code(await t.call(ID.member2, 'school', 'startExam', { examId: 'exam-office' }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.call(ID.visitor, 'school', 'exams', {}))).toBe('UNAUTHENTICATED');
  });

  it('answers bad input with INVALID_ARGUMENT naming the field, and starts nothing', async () => {
    const bad = await t.post('school', { action: 'startExam', data: {} }, ID.member);
    expect(bad.body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'examId' },
    });
    const badAnswer = await t.call(ID.member, 'school', 'submitExam', {
      attemptId: 'x',
      answers: { q: ['Z'] },
    });
    expect(badAnswer).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'answers.q.0' },
    });
    expect(ok(await t.call(ID.member, 'school', 'exams', {})).items[0].attemptsUsed).toBe(0);
  });
});

describe('taking an exam', () => {
  let paper: StartedExam;

  it('sends the paper without answers, correct flags or explanations', async () => {
    paper = ok(await t.call(ID.member, 'school', 'startExam', { examId: 'exam-office' }));
    expect(paper.questions).toHaveLength(10);
    const keys = new Set(keysIn(paper));
    for (const leak of ['answer', 'correct', 'explanation', 'answers'])
      expect(keys.has(leak)).toBe(false);
    // The server's clock starts the attempt: 30 minutes from now (the call itself takes a moment).
    const left = new Date(paper.endsAt).getTime() - t.cloud.clock.nowMs();
    expect(left).toBeGreaterThanOrEqual(30 * 60_000);
    expect(left).toBeLessThan(30 * 60_000 + 5000);
    // Coming back resumes the same attempt and clock.
    const again = ok(await t.call(ID.member, 'school', 'startExam', { examId: 'exam-office' }));
    expect(again).toEqual(paper);
    // Nor does the review give them before the submission.
    const early = await t.call(ID.member, 'school', 'examReview', { attemptId: paper.attemptId });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(keysIn(early)).not.toContain('answer');
  });

  it('grades on submit, shows the answers then, and counts a resubmission once', async () => {
    const memberId = await t.memberId(ID.member);
    const answers = await rightAnswers(paper);
    const first = ok(
      await t.call(ID.member, 'school', 'submitExam', { attemptId: paper.attemptId, answers }),
    );
    expect(first).toEqual({ score: 100, passed: true, passMark: 60, correct: 10, total: 10 });
    const review = ok(
      await t.call(ID.member, 'school', 'examReview', { attemptId: paper.attemptId }),
    );
    expect(review).toMatchObject({ score: 100, passed: true, correct: 10, total: 10 });
    expect(review.review.map((q) => q._id)).toEqual(paper.questions.map((q) => q._id));
    expect(review.review[0]).toMatchObject({
      correct: true,
      answer: answers[paper.questions[0]._id],
      explanation: expect.any(String),
    });
    // In the order of the member's paper, options too.
    expect(review.review[0].options).toEqual(paper.questions[0].options);
    expect(
      code(await t.call(ID.member2, 'school', 'examReview', { attemptId: paper.attemptId })),
    ).toBe('NOT_FOUND');
    const wrong = Object.fromEntries(Object.keys(answers).map((id) => [id, ['A', 'B', 'C']]));
    const second = ok(
      await t.call(ID.member, 'school', 'submitExam', {
        attemptId: paper.attemptId,
        answers: wrong,
      }),
    );
    expect(second.score).toBe(100);
    const passes = (await probe.ledger(memberId, 'pass_exam')).filter(
      (e) => e.sourceId === 'exam-office',
    );
    expect(passes).toHaveLength(1);
  });

  it('grades one attempt once under 20 parallel submissions, and allows no third attempt', async () => {
    const memberId = await t.memberId(ID.member);
    const next = ok(await t.call(ID.member, 'school', 'startExam', { examId: 'exam-office' }));
    expect(next.attemptId).not.toBe(paper.attemptId);
    const right = await rightAnswers(next);
    const papers = Array.from({ length: 20 }, (_, i) =>
      // Half right, half everything right but one: whichever lands first is the grade.
      i % 2 ? right : { ...right, [next.questions[0]._id]: ['A', 'B', 'C', 'D'] },
    );
    const replies = await Promise.all(
      papers.map((answers) =>
        t.call(ID.member, 'school', 'submitExam', { attemptId: next.attemptId, answers }),
      ),
    );
    const scores = new Set(replies.map((r) => ok(r).score));
    expect(scores.size).toBe(1);
    expect((await attempt(next.attemptId))!.score).toBe([...scores][0]);
    const passes = (await probe.ledger(memberId, 'pass_exam')).filter(
      (e) => e.sourceId === 'exam-office',
    );
    expect(passes).toHaveLength(1);
    expect(code(await t.call(ID.member, 'school', 'startExam', { examId: 'exam-office' }))).toBe(
      'CONFLICT',
    );
    const listed = ok(await t.call(ID.member, 'school', 'exams', {})).items[0];
    expect(listed).toMatchObject({
      attemptsUsed: 2,
      bestScore: 100,
      passed: true,
      reviewId: next.attemptId,
    });
  });

  it('refuses a submission after the time limit and its 30 s grace, changing nothing', async () => {
    const late = ok(await t.call(ID.member2, 'school', 'startExam', { examId: 'exam-mine1' }));
    const answers = await rightAnswers(late);
    t.cloud.clock.advance(30 * 60_000 + 31_000);
    expect(
      code(
        await t.call(ID.member2, 'school', 'submitExam', { attemptId: late.attemptId, answers }),
      ),
    ).toBe('CONFLICT');
    expect(await attempt(late.attemptId)).toMatchObject({ submittedAt: null, score: null });
    const memberId = await t.memberId(ID.member2);
    expect(
      (await probe.ledger(memberId, 'pass_exam')).filter((e) => e.sourceId === 'exam-mine1'),
    ).toHaveLength(0);
  });

  it('takes a submission within the grace, a second before it ends', async () => {
    const onTime = ok(await t.call(ID.member2, 'school', 'startExam', { examId: 'exam-mine1' }));
    t.cloud.clock.advance(30 * 60_000 + 29_000);
    const answers = await rightAnswers(onTime);
    expect(
      ok(await t.call(ID.member2, 'school', 'submitExam', { attemptId: onTime.attemptId, answers }))
        .passed,
    ).toBe(true);
  });

  it('does not let one member submit another’s attempt', async () => {
    expect(
      code(
        await t.call(ID.member2, 'school', 'submitExam', {
          attemptId: paper.attemptId,
          answers: {},
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});
