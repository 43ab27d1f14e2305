import {
  acceptsSubmission,
  endOfAttempt,
  grade,
  isCorrect,
  mayStartAttempt,
} from '../../cloudfunctions/school/rules/grading';
import { dailyPick, shuffled } from '../../cloudfunctions/school/rules/draw';

// docs/domain.md §7.7: all-or-nothing multiple choice, score out of 100 rounded, pass at the
// mark, attempts allowed, a 30 s grace after the end. §7.8: the same five questions all day.
describe('a question is right only when the keys are exactly its answer (docs/domain.md §7.7)', () => {
  it.each([
    ['single, right', ['B'], ['B'], true],
    ['single, wrong', ['B'], ['C'], false],
    ['unanswered', ['B'], undefined, false],
    ['multiple, all keys in any order', ['A', 'B', 'D'], ['D', 'A', 'B'], true],
    ['multiple, one key missing', ['A', 'B', 'D'], ['A', 'B'], false],
    ['multiple, one key extra', ['A', 'B'], ['A', 'B', 'C'], false],
    ['multiple, a key twice does not stand for a missing one', ['A', 'B'], ['A', 'A'], false],
    ['true/false', ['T'], ['T'], true],
  ] as const)('%s', (_case, answer, chosen, right) => {
    expect(isCorrect(answer, chosen)).toBe(right);
  });
});

describe('grading (docs/domain.md §7.7)', () => {
  const paper = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ _id: `q${i}`, answer: ['A'] }));
  const rightOf = (n: number) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, ['A']]));
  it.each([
    // questions, right, pass mark, score, passed
    [10, 6, 60, 60, true],
    [10, 5, 60, 50, false],
    [3, 2, 67, 67, true],
    [3, 2, 68, 67, false],
    [7, 4, 57, 57, true],
    [10, 10, 100, 100, true],
    [10, 0, 0, 0, true],
  ])('%i questions, %i right, pass mark %i: %i, passed %s', (n, right, mark, score, passed) => {
    expect(grade(paper(n), rightOf(right), mark)).toEqual({
      score,
      passed,
      correct: right,
      total: n,
    });
  });
});

describe('attempts and time (docs/domain.md §7.7)', () => {
  it.each([
    [0, 1, true],
    [1, 1, false],
    [2, 3, true],
    [3, 3, false],
  ])('%i used of %i allowed: may start %s', (used, allowed, may) => {
    expect(mayStartAttempt(used, allowed)).toBe(may);
  });

  const start = new Date('2026-12-06T02:00:00Z');
  const at = (s: number) => new Date(start.getTime() + s * 1000);
  it('ends at the time limit, or when the exam closes first', () => {
    expect(endOfAttempt(start, 30, at(7200))).toEqual(at(1800));
    expect(endOfAttempt(start, 30, at(600))).toEqual(at(600));
  });

  it.each([
    // seconds after the end, taken
    [-60, true],
    [0, true],
    [30, true],
    [30.001, false],
    [31, false],
    [3600, false],
  ])('a submission %d s after the end is taken: %s', (after, taken) => {
    expect(acceptsSubmission(start, at(after))).toBe(taken);
  });
});

describe('draws (docs/domain.md §7.8)', () => {
  const ids = Array.from({ length: 60 }, (_, i) => `q${i}`);
  it('gives a member the same five all day, in any listing order', () => {
    const today = dailyPick(ids, 'm1', '2026-12-06');
    expect(today).toHaveLength(5);
    expect(new Set(today).size).toBe(5);
    expect(dailyPick([...ids].reverse(), 'm1', '2026-12-06')).toEqual(today);
    expect(dailyPick(ids, 'm1', '2026-12-07')).not.toEqual(today);
    expect(dailyPick(ids, 'm2', '2026-12-06')).not.toEqual(today);
  });

  it('shuffles a paper per seed, keeping every question', () => {
    const a = shuffled(ids, 'attempt-1');
    expect([...a].sort()).toEqual([...ids].sort());
    expect(a).toEqual(shuffled(ids, 'attempt-1'));
    expect(a).not.toEqual(shuffled(ids, 'attempt-2'));
  });
});
