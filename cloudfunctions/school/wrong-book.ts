import type { QuestionDoc, WrongDoc } from '../../typings/documents';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { isDuplicateKey } from '../_shared/db-errors';
import { isCorrect } from './rules/grading';
import { wronglyAnswered } from './rules/wrong-book';

export const wrongId = (memberId: string, questionId: string) => `${memberId}:${questionId}`;

type Graded = Pick<QuestionDoc, '_id' | 'answer' | 'examOnly'>;

const book = () => db.collection(COLLECTIONS.schoolWrong.name);

/**
 * Puts the questions answered wrongly on a graded paper into the member's 错题本
 * (docs/domain.md §7.9). `source` is the attempt or the day's quiz: a question already booked
 * from it is left alone, so a retried grading changes nothing, even after practice cleared it.
 * Cost: one write when every wrong question is new to the book; otherwise a read, and a write
 * for each wrong question not booked from this source yet.
 */
export async function bookWrong(
  memberId: string,
  questions: readonly Graded[],
  answers: Readonly<Record<string, readonly string[]>>,
  source: string,
  at: Date,
): Promise<void> {
  const wrong = wronglyAnswered(questions, (q) => isCorrect(q.answer, answers[q._id]));
  if (!wrong.length) return;
  const entries = wrong.map((q) => newEntry(memberId, q._id, source, at));
  try {
    await book().add({ data: entries });
    return;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  // Some were in the book already. Where an insert of many stops at the first duplicate, those
  // before it are in now too, booked from this source: they are left alone like any other.
  const { data } = await book()
    .where({ _id: _.in(entries.map((e) => e._id)) })
    .limit(entries.length)
    .get<WrongDoc>();
  const booked = new Map(data.map((w) => [w._id, w]));
  await Promise.all(
    entries.map((entry) => {
      const before = booked.get(entry._id);
      if (before?.source === source) return null;
      return before ? bookAgain(entry) : bookNew(entry);
    }),
  );
}

function newEntry(memberId: string, questionId: string, source: string, at: Date): WrongDoc {
  return {
    _id: wrongId(memberId, questionId),
    memberId,
    questionId,
    wrongCount: 1,
    streak: 0,
    cleared: false,
    source,
    lastRequest: null,
    wrongAt: at,
    listKey: `${at.toISOString()}|${questionId}`,
  };
}

async function bookNew(entry: WrongDoc): Promise<void> {
  try {
    await book().add({ data: entry });
  } catch (error) {
    // Another source booked it a moment ago.
    if (!isDuplicateKey(error)) throw error;
    await bookAgain(entry);
  }
}

/** Back in the book, its right answers counted from zero; only where this source has not been. */
async function bookAgain({ _id, source, wrongAt, listKey }: WrongDoc): Promise<void> {
  await book()
    .where({ _id, source: _.neq(source) })
    .update({
      data: { wrongCount: _.inc(1), streak: 0, cleared: false, source, wrongAt, listKey },
    });
}
