import type { QuestionDoc, WrongDoc } from '../../../typings/documents';
import type { PracticeReply } from '../../../typings/functions/school';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { AppError, notFound } from '../../_shared/errors';
import { byKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { isCorrect } from '../rules/grading';
import { afterPractice, RIGHT_TO_CLEAR } from '../rules/wrong-book';
import { toPaperQuestion } from '../views';
import { wrongId } from '../wrong-book';

const PAGE_SIZE = 20;

/** The caller's 错题本 (docs/domain.md §7.9), latest wrong answers first: two operations a page. */
export const wrongBook = action('school', 'wrongBook', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const page = await readPage<WrongDoc>({
      collection: COLLECTIONS.schoolWrong.name,
      where: { memberId: member._id, cleared: false },
      order: byKey('listKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
    });
    const ids = page.items.map((w) => w.questionId);
    const questions = ids.length
      ? (
          await db
            .collection(COLLECTIONS.schoolQuestions.name)
            .where({ _id: _.in(ids) })
            .limit(PAGE_SIZE)
            .get<QuestionDoc>()
        ).data
      : [];
    const byId = new Map(questions.map((q) => [q._id, q]));
    return {
      items: page.items.flatMap((w) => {
        const q = byId.get(w.questionId);
        if (!q) return [];
        return [
          {
            question: toPaperQuestion(q),
            wrongCount: w.wrongCount,
            streak: w.streak,
            rightToClear: RIGHT_TO_CLEAR,
            wrongAt: new Date(w.wrongAt).toISOString(),
          },
        ];
      }),
      nextCursor: page.nextCursor,
    };
  },
});

/**
 * Answers a question of the book in practice. The count moves only where the entry still holds
 * what was read, so a resent answer (same request id) or a racing one counts once; the second
 * right answer takes the question out of the book.
 */
export const practiseWrong = action('school', 'practiseWrong', {
  async handler({ questionId, answer, requestId }, caller): Promise<PracticeReply> {
    const member = requireMember(caller);
    const id = wrongId(member._id, questionId);
    const [entry, question] = await Promise.all([
      findById<WrongDoc>(COLLECTIONS.schoolWrong.name, id),
      findById<QuestionDoc>(COLLECTIONS.schoolQuestions.name, questionId),
    ]);
    if (!entry || !question) throw notFound('这道题不在你的错题本中');
    const correct = isCorrect(question.answer, answer);
    const reply = (w: Pick<WrongDoc, 'streak' | 'cleared'>) => ({
      correct,
      answer: question.answer,
      explanation: question.explanation,
      streak: w.streak,
      cleared: w.cleared,
    });
    if (entry.lastRequest === requestId) return reply(entry);
    if (entry.cleared) throw notFound('这道题已移出错题本');
    const next = afterPractice(entry.streak, correct);
    const { stats } = await db
      .collection(COLLECTIONS.schoolWrong.name)
      .where({
        _id: id,
        cleared: false,
        streak: entry.streak,
        source: entry.source,
        lastRequest: entry.lastRequest,
      })
      .update({ data: { ...next, lastRequest: requestId } });
    if (stats.updated === 1) return reply(next);
    const now = await findById<WrongDoc>(COLLECTIONS.schoolWrong.name, id);
    if (now?.lastRequest === requestId) return reply(now);
    throw new AppError('CONFLICT', '这道题刚在别处作答，请刷新后再试');
  },
});
