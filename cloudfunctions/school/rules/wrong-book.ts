/**
 * The wrong-answer book (docs/domain.md §7.9): a question answered wrongly stays until it is
 * answered right twice in practice since it was last answered wrongly.
 */

/** Right answers in practice that take a question out of the book. */
export const RIGHT_TO_CLEAR = 2;

export interface PracticeOutcome {
  streak: number;
  cleared: boolean;
}

/** Where a question stands after one practice answer: a wrong one starts the count again. */
export function afterPractice(streak: number, correct: boolean): PracticeOutcome {
  if (!correct) return { streak: 0, cleared: false };
  const next = streak + 1;
  return { streak: next, cleared: next >= RIGHT_TO_CLEAR };
}

/** The questions of a graded paper that go into the book: answered wrongly, and not exam-only. */
export function wronglyAnswered<Q extends { _id: string; examOnly: boolean }>(
  questions: readonly Q[],
  isRight: (q: Q) => boolean,
): Q[] {
  return questions.filter((q) => !q.examOnly && !isRight(q));
}
