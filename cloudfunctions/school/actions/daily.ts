import type { DailyQuizDoc, PracticeBankDoc, QuestionDoc } from '../../../typings/documents';
import type { DailyQuiz } from '../../../typings/functions/school';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { isDuplicateKey } from '../../_shared/db-errors';
import { AppError, invalidArgument, notFound } from '../../_shared/errors';
import { awardPoints } from '../../_shared/points/award';
import { action } from '../../_shared/router';
import { dailyPick, DAILY_QUIZ_SIZE } from '../rules/draw';
import { isCorrect } from '../rules/grading';
import { toPaperQuestion } from '../views';
import { bookWrong } from '../wrong-book';

const dailyId = (memberId: string, date: string) => `${memberId}:${date}`;

async function questionsOf(ids: string[]): Promise<Map<string, QuestionDoc>> {
  const { data } = await db
    .collection(COLLECTIONS.schoolQuestions.name)
    .where({ _id: _.in(ids) })
    .limit(DAILY_QUIZ_SIZE)
    .get<QuestionDoc>();
  return new Map(data.map((q) => [q._id, q]));
}

/** Today's quiz, drawn once a day from the practice bank and kept, so every device shows the same five. */
async function todaysQuiz(memberId: string, date: string): Promise<DailyQuizDoc> {
  const id = dailyId(memberId, date);
  const existing = await findById<DailyQuizDoc>(COLLECTIONS.schoolDaily.name, id);
  if (existing) return existing;
  const bank = await findById<PracticeBankDoc>(COLLECTIONS.schoolBank.name, 'practice');
  if (!bank || bank.questionIds.length < DAILY_QUIZ_SIZE) throw notFound('题库暂无足够的练习题');
  const quiz: DailyQuizDoc = {
    _id: id,
    memberId,
    date,
    questionIds: dailyPick(bank.questionIds, memberId, date),
    answers: {},
    doneAt: null,
  };
  try {
    await db.collection(COLLECTIONS.schoolDaily.name).add({ data: quiz });
    return quiz;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return (await findById<DailyQuizDoc>(COLLECTIONS.schoolDaily.name, id)) ?? quiz;
  }
}

/** 每日一练 (docs/domain.md §7.8): today's five, with what the member already answered. */
export const dailyQuiz = action('school', 'dailyQuiz', {
  async handler(_data, caller): Promise<DailyQuiz> {
    const member = requireMember(caller);
    const date = clock.chinaToday();
    const quiz = await todaysQuiz(member._id, date);
    const questions = await questionsOf(quiz.questionIds);
    return {
      date,
      questions: quiz.questionIds.flatMap((id) => {
        const q = questions.get(id);
        return q ? [toPaperQuestion(q)] : [];
      }),
      answered: Object.fromEntries(
        Object.entries(quiz.answers).map(([id, a]) => [
          id,
          {
            ...a,
            answer: questions.get(id)?.answer ?? [],
            explanation: questions.get(id)?.explanation ?? '',
          },
        ]),
      ),
      done: quiz.doneAt !== null,
    };
  },
});

/**
 * Answers one of today's questions, once: the answer is stored only where that question has
 * none yet. The fifth answer finishes the day and earns daily_quiz for the right ones.
 */
export const answerDaily = action('school', 'answerDaily', {
  async handler({ questionId, answer }, caller) {
    const member = requireMember(caller);
    const now = clock.now();
    const date = clock.chinaToday(now);
    const quiz = await todaysQuiz(member._id, date);
    if (!quiz.questionIds.includes(questionId))
      throw invalidArgument('这道题不在今天的练习中', 'questionId');
    const question = await findById<QuestionDoc>(COLLECTIONS.schoolQuestions.name, questionId);
    if (!question) throw notFound('找不到该题目');
    const already = quiz.answers[questionId];
    const reply = { answer: question.answer, explanation: question.explanation };
    const source = `daily:${date}`;
    if (already) {
      // A retry finishes the booking of a wrong answer whose first try died after storing it.
      await bookWrong(member._id, [question], { [questionId]: already.chosen }, source, now);
      throw new AppError('CONFLICT', '这道题已经作答');
    }
    const entry = { chosen: [...answer].sort(), correct: isCorrect(question.answer, answer) };
    const { stats } = await db
      .collection(COLLECTIONS.schoolDaily.name)
      .where({ _id: quiz._id, [`answers.${questionId}`]: _.exists(false) })
      .update({ data: { [`answers.${questionId}`]: entry } });
    if (stats.updated === 0) throw new AppError('CONFLICT', '这道题已经作答');
    await bookWrong(member._id, [question], { [questionId]: entry.chosen }, source, now);
    const answers = { ...quiz.answers, [questionId]: entry };
    const done = quiz.questionIds.every((id) => answers[id]);
    if (done) {
      const right = Object.values(answers).filter((a) => a.correct).length;
      if (right > 0) {
        await awardPoints({
          memberId: member._id,
          orgId: member.orgId,
          orgPath: member.orgPath,
          rule: 'daily_quiz',
          sourceId: date,
          amount: right,
          at: now,
        });
      }
      await db
        .collection(COLLECTIONS.schoolDaily.name)
        .where({ _id: quiz._id, doneAt: null })
        .update({ data: { doneAt: now } });
    }
    return { correct: entry.correct, ...reply, done };
  },
});
