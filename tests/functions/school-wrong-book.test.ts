import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { StartedExam, WrongItem } from '../../typings/functions/school';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';

// The 错题本 (docs/domain.md §7.9), through the gateway as the demo identities.
let t: TestCloud;
let probe: ReturnType<typeof schoolProbe>;

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  probe = schoolProbe(t);
});
afterAll(() => t.close());

type Q = { answer: string[]; examOnly: boolean; options: { key: string }[] };
const question = async (id: string) => (await probe.get<Q>('school_questions', id))!;

/** A key that is not the answer: a wrong choice for any type of question. */
const wrongOf = (q: Q) => [q.options.find((o) => !q.answer.includes(o.key))!.key];

async function book(openid: string): Promise<WrongItem[]> {
  const items: WrongItem[] = [];
  let cursor: string | undefined;
  do {
    const page = ok(await t.call(openid, 'school', 'wrongBook', cursor ? { cursor } : {}));
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

const wrongDoc = (memberId: string, questionId: string) =>
  probe.get<{ wrongCount: number; streak: number; cleared: boolean }>(
    'school_wrong',
    `${memberId}:${questionId}`,
  );

describe('the wrong-answer book', () => {
  let paper: StartedExam;
  let booked: string[];

  it('collects the questions answered wrongly in an exam, never an exam-only one, once however often submitted', async () => {
    expect(ok(await t.call(ID.member, 'school', 'wrongBook', {})).items).toEqual([]);
    paper = ok(await t.call(ID.member, 'school', 'startExam', { examId: 'exam-office' }));
    const docs = await Promise.all(paper.questions.map((q) => question(q._id)));
    // The first question right, every other one wrong.
    const answers = Object.fromEntries(
      paper.questions.map((q, i) => [q._id, i === 0 ? docs[i].answer : wrongOf(docs[i])]),
    );
    booked = paper.questions.filter((_q, i) => i > 0 && !docs[i].examOnly).map((q) => q._id);
    expect(booked.length).toBeGreaterThan(0);
    const submit = () =>
      t.call(ID.member, 'school', 'submitExam', { attemptId: paper.attemptId, answers });
    await Promise.all(Array.from({ length: 5 }, submit));
    ok(await submit());
    const items = await book(ID.member);
    expect(items.map((i) => i.question._id).sort()).toEqual([...booked].sort());
    expect(items.every((i) => i.wrongCount === 1 && i.streak === 0)).toBe(true);
    expect(JSON.stringify(items)).not.toMatch(/"answer"|"explanation"/);
  });

  it('takes a question out after two right practice answers; a wrong one starts again; a resent one counts once', async () => {
    const memberId = await t.memberId(ID.member);
    const [first] = booked;
    const q = await question(first);
    const practise = (answer: string[], requestId: string) =>
      t.call(ID.member, 'school', 'practiseWrong', { questionId: first, answer, requestId });
    expect(ok(await practise(q.answer, 'practice-0001'))).toMatchObject({
      correct: true,
      streak: 1,
      cleared: false,
    });
    // Resent twenty times at once: still one right answer.
    const resent = await Promise.all(
      Array.from({ length: 20 }, () => practise(q.answer, 'practice-0001')),
    );
    expect(resent.map((r) => ok(r).streak)).toEqual(Array(20).fill(1));
    expect(await wrongDoc(memberId, first)).toMatchObject({ streak: 1, cleared: false });
    const wrong = ok(await practise(wrongOf(q), 'practice-0002'));
    expect(wrong).toMatchObject({ correct: false, streak: 0, answer: q.answer });
    ok(await practise(q.answer, 'practice-0003'));
    expect(ok(await practise(q.answer, 'practice-0004'))).toMatchObject({
      streak: 2,
      cleared: true,
    });
    const left = (await book(ID.member)).map((i) => i.question._id);
    expect(left).not.toContain(first);
    expect(left).toHaveLength(booked.length - 1);
    expect(code(await practise(q.answer, 'practice-0005'))).toBe('NOT_FOUND');
    // A retried grading of the paper that booked it does not bring it back.
    ok(
      await t.call(ID.member, 'school', 'submitExam', { attemptId: paper.attemptId, answers: {} }),
    );
    expect((await book(ID.member)).map((i) => i.question._id)).not.toContain(first);
  });

  it('collects a wrong answer of the daily quiz', async () => {
    const quiz = ok(await t.call(ID.member2, 'school', 'dailyQuiz', {}));
    const [q] = quiz.questions;
    const doc = await question(q._id);
    const reply = ok(
      await t.call(ID.member2, 'school', 'answerDaily', {
        questionId: q._id,
        answer: wrongOf(doc),
      }),
    );
    expect(reply.correct).toBe(false);
    expect((await book(ID.member2)).map((i) => i.question._id)).toEqual([q._id]);
  });

  it('answers only for the caller’s own book; refuses visitors and bad input', async () => {
    expect(
      code(
        await t.call(ID.member2, 'school', 'practiseWrong', {
          questionId: booked[1],
          answer: ['A'],
          requestId: 'practice-other1',
        }),
      ),
    ).toBe('NOT_FOUND');
    const memberId = await t.memberId(ID.member);
    expect(await wrongDoc(memberId, booked[1])).toMatchObject({ streak: 0, cleared: false });
    expect(code(await t.call(ID.visitor, 'school', 'wrongBook', {}))).toBe('UNAUTHENTICATED');
    const bad = await t.call(ID.member, 'school', 'practiseWrong', {
      questionId: booked[1],
      answer: [],
      requestId: 'practice-bad01',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'answer' } });
    expect(await wrongDoc(memberId, booked[1])).toMatchObject({ streak: 0, cleared: false });
  });
  it('brings back a question answered wrongly again, its count from zero, once per paper', async () => {
    const memberId = await t.memberId(ID.member);
    const [cleared, kept] = booked;
    const again = ok(await t.call(ID.member, 'school', 'startExam', { examId: 'exam-office' }));
    expect(again.attemptId).not.toBe(paper.attemptId);
    const docs = await Promise.all(again.questions.map((q) => question(q._id)));
    // Every question wrong: the two booked before, and the one first answered right, now new.
    const answers = Object.fromEntries(again.questions.map((q, i) => [q._id, wrongOf(docs[i])]));
    const submit = () =>
      t.call(ID.member, 'school', 'submitExam', { attemptId: again.attemptId, answers });
    await Promise.all(Array.from({ length: 5 }, submit));
    ok(await submit());
    expect(await wrongDoc(memberId, cleared)).toMatchObject({
      wrongCount: 2,
      streak: 0,
      cleared: false,
    });
    expect(await wrongDoc(memberId, kept)).toMatchObject({ wrongCount: 2, cleared: false });
    const [firstRight] = paper.questions;
    if (!(await question(firstRight._id)).examOnly)
      expect(await wrongDoc(memberId, firstRight._id)).toMatchObject({ wrongCount: 1 });
    expect((await book(ID.member)).map((i) => i.question._id)).toContain(cleared);
  });

  it('pages through a long book, latest first', async () => {
    const memberId = await t.memberId(ID.member2);
    const base = Date.parse('2026-11-01T00:00:00Z');
    const { data: bank } = (await probe.db
      .collection('school_bank')
      .where({ _id: 'practice' })
      .get()) as unknown as { data: { questionIds: string[] }[] };
    const extra = bank[0].questionIds.slice(0, 45);
    await Promise.all(
      extra.map((questionId, i) => {
        const at = new Date(base + i * 60_000);
        return probe.db
          .collection('school_wrong')
          .doc(`${memberId}:${questionId}`)
          .set({
            data: {
              memberId,
              questionId,
              wrongCount: 1,
              streak: 0,
              cleared: false,
              source: 'seeded',
              lastRequest: null,
              wrongAt: at,
              listKey: `${at.toISOString()}|${questionId}`,
            },
          });
      }),
    );
    const first = ok(await t.call(ID.member2, 'school', 'wrongBook', {}));
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const all = await book(ID.member2);
    const keys = all.map((i) => i.wrongAt);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(new Set(all.map((i) => i.question._id)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(45);
  });
});
