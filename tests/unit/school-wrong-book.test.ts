import { afterPractice, wronglyAnswered } from '../../cloudfunctions/school/rules/wrong-book';

describe('practising a question of the wrong-answer book (docs/domain.md §7.9)', () => {
  it.each([
    ['first right answer', 0, true, { streak: 1, cleared: false }],
    ['second right answer clears it', 1, true, { streak: 2, cleared: true }],
    ['a wrong answer starts again', 1, false, { streak: 0, cleared: false }],
    ['a wrong answer at the start', 0, false, { streak: 0, cleared: false }],
  ] as const)('%s', (_case, streak, correct, outcome) => {
    expect(afterPractice(streak, correct)).toEqual(outcome);
  });
});

describe('what a graded paper puts in the book (docs/domain.md §7.9)', () => {
  const q = (id: string, examOnly = false) => ({ _id: id, examOnly });
  it.each([
    ['wrong answers', [q('a'), q('b')], ['a'], ['b']],
    ['nothing when all are right', [q('a')], ['a'], []],
    ['never an exam-only question', [q('a', true), q('b')], [], ['b']],
  ] as const)('%s', (_case, questions, right, booked) => {
    const wrong = wronglyAnswered(questions, (x) => (right as readonly string[]).includes(x._id));
    expect(wrong.map((x) => x._id)).toEqual(booked);
  });
});
