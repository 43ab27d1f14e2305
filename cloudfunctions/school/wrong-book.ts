import type { QuestionDoc, WrongDoc } from '../../typings/documents';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { isCorrect } from './rules/grading';
import { wronglyAnswered } from './rules/wrong-book';

export const wrongId = (memberId: string, questionId: string) => `${memberId}:${questionId}`;

/**
 * Puts the questions answered wrongly on a graded paper into the member's 错题本
 * (docs/domain.md §7.9). `source` is the attempt or the day's quiz: a question already booked
 * from it is left alone, so a retried grading changes nothing, even after practice cleared it.
 * One read, then one write per newly wrong question.
 */
export async function bookWrong(
  memberId: string,
  questions: readonly QuestionDoc[],
  answers: Readonly<Record<string, readonly string[]>>,
  source: string,
  at: Date,
): Promise<void> {
  const wrong = wronglyAnswered(questions, (q) => isCorrect(q.answer, answers[q._id]));
  if (!wrong.length) return;
  const ids = wrong.map((q) => wrongId(memberId, q._id));
  const { data } = await db
    .collection(COLLECTIONS.schoolWrong.name)
    .where({ _id: _.in(ids) })
    .limit(ids.length)
    .get<WrongDoc>();
  const booked = new Map(data.map((w) => [w._id, w]));
  await Promise.all(
    wrong.map((q) => {
      const _id = wrongId(memberId, q._id);
      const before = booked.get(_id);
      if (before?.source === source) return null;
      const entry: Omit<WrongDoc, '_id'> = {
        memberId,
        questionId: q._id,
        wrongCount: (before?.wrongCount ?? 0) + 1,
        streak: 0,
        cleared: false,
        source,
        lastRequest: before?.lastRequest ?? null,
        wrongAt: at,
        listKey: `${at.toISOString()}|${q._id}`,
      };
      return db.collection(COLLECTIONS.schoolWrong.name).doc(_id).set({ data: entry });
    }),
  );
}
