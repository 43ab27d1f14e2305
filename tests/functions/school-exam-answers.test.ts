import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { StartedExam } from '../../typings/functions/school';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';

// Answers saved as they are chosen (docs/domain.md §7.7): they survive leaving the paper, the
// submission grades them with whatever it sends, and nothing is taken after the time.
let t: TestCloud;
let probe: ReturnType<typeof schoolProbe>;

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  probe = schoolProbe(t);
});
afterAll(() => t.close());

async function rightAnswers(paper: StartedExam): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    paper.questions.map(async (q) => {
      const doc = await probe.get<{ answer: string[] }>('school_questions', q._id);
      return [q._id, doc!.answer] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const saved = async (attemptId: string) =>
  (await probe.get<{ saved?: Record<string, string[]> }>('school_attempts', attemptId))!.saved;
const writes = () => t.cloud.db.stats().writes;
const save = (openid: string, attemptId: string, questionId: string, answer: string[]) =>
  t.call(openid, 'school', 'saveAnswer', { attemptId, questionId, answer });

describe('answers saved as they are chosen', () => {
  let paper: StartedExam;
  let right: Record<string, string[]>;

  it('keeps each answer on the server and gives them back on coming back', async () => {
    paper = ok(await t.call(ID.member, 'school', 'startExam', { examId: 'exam-office' }));
    right = await rightAnswers(paper);
    const [first, second, ...rest] = paper.questions;
    const wrong = first.options.map((o) => o.key).find((k) => !right[first._id].includes(k))!;
    ok(await save(ID.member, paper.attemptId, first._id, [wrong]));
    // Changed: the last choice counts.
    ok(await save(ID.member, paper.attemptId, first._id, right[first._id]));
    for (const q of [second, ...rest.slice(0, 7)])
      ok(await save(ID.member, paper.attemptId, q._id, right[q._id]));
    // The same answer again writes nothing.
    const before = writes();
    expect(ok(await save(ID.member, paper.attemptId, second._id, right[second._id]))).toEqual({
      saved: true,
    });
    expect(writes()).toBe(before);

    t.cloud.clock.advance(10 * 60_000);
    const back = ok(await t.call(ID.member, 'school', 'startExam', { examId: 'exam-office' }));
    expect(back.attemptId).toBe(paper.attemptId);
    expect(back.endsAt).toBe(paper.endsAt);
    expect(back.questions).toEqual(paper.questions);
    expect(Object.keys(back.saved)).toHaveLength(9);
    expect(back.saved[first._id]).toEqual([...right[first._id]].sort());
  });

  it('refuses another member’s attempt, a question not on the paper and a foreign key', async () => {
    const q = paper.questions[9];
    expect(code(await save(ID.member2, paper.attemptId, q._id, ['A']))).toBe('NOT_FOUND');
    expect(await save(ID.member, paper.attemptId, 'no-such-question', ['A'])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'questionId' },
    });
    const foreign = q.options.some((o) => o.key === 'T') ? 'A' : 'T';
    expect(await save(ID.member, paper.attemptId, q._id, [foreign])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'answer' },
    });
    expect((await saved(paper.attemptId))![q._id]).toBeUndefined();
  });

  it('grades the saved answers with those the submission sends', async () => {
    const last = paper.questions[9];
    // Nine saved, the tenth sent with the submission: all ten right.
    const result = ok(
      await t.call(ID.member, 'school', 'submitExam', {
        attemptId: paper.attemptId,
        answers: { [last._id]: right[last._id] },
      }),
    );
    expect(result).toMatchObject({ score: 100, passed: true, correct: 10, total: 10 });
    const stored = await probe.get<{ answers: Record<string, string[]> }>(
      'school_attempts',
      paper.attemptId,
    );
    expect(Object.keys(stored!.answers)).toHaveLength(10);
    expect(code(await save(ID.member, paper.attemptId, last._id, ['A']))).toBe('CONFLICT');
  });

  it('refuses a save after the time limit and its grace, and changes nothing', async () => {
    const second = ok(await t.call(ID.member, 'school', 'startExam', { examId: 'exam-office' }));
    expect(second.attemptId).not.toBe(paper.attemptId);
    const [q] = second.questions;
    ok(await save(ID.member, second.attemptId, q._id, [q.options[0].key]));
    // Within the 30 s grace after the 30 minutes a save is still taken, not after it.
    t.cloud.clock.advance(30 * 60_000 + 25_000);
    ok(await save(ID.member, second.attemptId, q._id, [q.options[1].key]));
    t.cloud.clock.advance(10_000);
    const before = writes();
    const late = await save(ID.member, second.attemptId, q._id, [q.options[0].key]);
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(writes()).toBe(before);
    expect(await saved(second.attemptId)).toEqual({ [q._id]: [q.options[1].key] });
    expect(
      code(
        await t.call(ID.member, 'school', 'submitExam', {
          attemptId: second.attemptId,
          answers: {},
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('answers bad input with INVALID_ARGUMENT naming the field', async () => {
    expect(
      await t.post(
        'school',
        { action: 'saveAnswer', data: { attemptId: 'x', questionId: 'q' } },
        ID.member,
      ),
    ).toMatchObject({ body: { ok: false, error: { code: 'INVALID_ARGUMENT', field: 'answer' } } });
  });
});
