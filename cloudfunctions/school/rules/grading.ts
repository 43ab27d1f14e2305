/**
 * Exams held by the server (docs/domain.md §7.7): the paper is graded on submit, a multiple
 * choice question counts only when every key is right, and a submission after the time limit
 * and its grace is refused.
 */

/** Seconds after the time limit a submission is still taken: the network's delay, not extra time. */
export const GRACE_SECONDS = 30;

export interface GradedQuestion {
  _id: string;
  answer: string[];
}

/** Whether the chosen keys are exactly the answer: nothing missing, nothing extra. */
export function isCorrect(
  answer: readonly string[],
  chosen: readonly string[] | undefined,
): boolean {
  if (!chosen) return false;
  const picked = new Set(chosen);
  return picked.size === answer.length && answer.every((key) => picked.has(key));
}

export interface Grade {
  /** 0–100, rounded to the nearest whole point. */
  score: number;
  passed: boolean;
  correct: number;
  total: number;
}

/** The score of a paper out of 100; it passes at the pass mark or above. */
export function grade(
  questions: readonly GradedQuestion[],
  answers: Readonly<Record<string, readonly string[]>>,
  passMark: number,
): Grade {
  const correct = questions.filter((q) => isCorrect(q.answer, answers[q._id])).length;
  const total = questions.length;
  const score = total === 0 ? 0 : Math.round((100 * correct) / total);
  return { score, passed: score >= passMark, correct, total };
}

/** Whether a member who has started `used` attempts may start another. */
export function mayStartAttempt(used: number, allowed: number): boolean {
  return used < allowed;
}

/** When an attempt started at `startedAt` must be in: its time limit, and never after the exam closes. */
export function endOfAttempt(startedAt: Date, limitMinutes: number, closesAt: Date): Date {
  return new Date(Math.min(startedAt.getTime() + limitMinutes * 60_000, closesAt.getTime()));
}

/** Whether a submission arriving at `now` is taken: up to the end plus the grace, inclusive. */
export function acceptsSubmission(endsAt: Date, now: Date): boolean {
  return now.getTime() <= endsAt.getTime() + GRACE_SECONDS * 1000;
}
