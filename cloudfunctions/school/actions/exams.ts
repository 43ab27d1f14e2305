import type { AttemptDoc, ExamDoc, MemberDoc, QuestionDoc } from '../../../typings/documents';
import type { ExamResult } from '../../../typings/functions/school';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { isDuplicateKey } from '../../_shared/db-errors';
import { AppError, forbidden, notFound } from '../../_shared/errors';
import { awardPoints } from '../../_shared/points/award';
import { action } from '../../_shared/router';
import { ancestorsOf, mayStudy } from '../access';
import { drawByTags, shuffled } from '../rules/draw';
import {
  acceptsSubmission,
  endOfAttempt,
  grade,
  isCorrect,
  mayStartAttempt,
} from '../rules/grading';
import { tagPools } from '../tag-pools';
import { toPaperQuestion } from '../views';
import { bookWrong } from '../wrong-book';

/** Exams listed at once: an organisation chain holds few open at a time. */
const EXAMS_SHOWN = 50;
/** A paper holds at most this many questions. */
const PAPER_MAX = 100;

const attemptsOf = (memberId: string, examIds: string[]) =>
  db
    .collection(COLLECTIONS.schoolAttempts.name)
    .where({ memberId, examId: examIds.length === 1 ? examIds[0] : _.in(examIds) })
    .orderBy('n', 'asc')
    .limit(EXAMS_SHOWN * 10)
    .get<AttemptDoc>();

const questionsOf = async (ids: string[]) => {
  const { data } = await db
    .collection(COLLECTIONS.schoolQuestions.name)
    .where({ _id: _.in(ids) })
    .limit(PAPER_MAX)
    .get<QuestionDoc>();
  return new Map(data.map((q) => [q._id, q]));
};

/** Exams of the member's organisation chain that have not closed, with their own attempts. */
export const exams = action('school', 'exams', {
  async handler(_data, caller) {
    const member = requireMember(caller);
    const now = clock.now();
    const { data } = await db
      .collection(COLLECTIONS.schoolExams.name)
      .where({
        scopeId: _.in(ancestorsOf(member.orgPath)),
        closesAt: _.gt(now),
        status: 'published',
      })
      .orderBy('closesAt', 'asc')
      .limit(EXAMS_SHOWN)
      .get<ExamDoc>();
    const attempts = data.length
      ? (
          await attemptsOf(
            member._id,
            data.map((e) => e._id),
          )
        ).data
      : [];
    return {
      items: data.map((e) => {
        const mine = attempts.filter((a) => a.examId === e._id);
        const scores = mine.flatMap((a) => (a.score === null ? [] : [a.score]));
        return {
          _id: e._id,
          title: e.title,
          scopeName: e.scopeName,
          questionCount: e.questionCount,
          timeLimitMinutes: e.timeLimitMinutes,
          passMark: e.passMark,
          attemptsAllowed: e.attemptsAllowed,
          attemptsUsed: mine.length,
          bestScore: scores.length ? Math.max(...scores) : null,
          passed: mine.some((a) => a.passed),
          opensAt: new Date(e.opensAt).toISOString(),
          closesAt: new Date(e.closesAt).toISOString(),
          open: new Date(e.opensAt) <= now,
        };
      }),
    };
  },
});

async function loadExam(member: MemberDoc, examId: string): Promise<ExamDoc> {
  const exam = await findById<ExamDoc>(COLLECTIONS.schoolExams.name, examId);
  if (!exam || exam.status !== 'published') throw notFound('找不到该考试');
  if (!mayStudy(member, { _id: exam.scopeId, path: exam.scopePath }))
    throw forbidden('该考试不在你所在组织的范围内');
  return exam;
}

/**
 * Starts an attempt, or resumes the open one: the server starts the clock and holds the paper;
 * questions and options go out in an order of this attempt and without answers. The attempt's
 * id is its number, so racing starts create one attempt, never more than allowed.
 */
export const startExam = action('school', 'startExam', {
  async handler({ examId }, caller) {
    const member = requireMember(caller);
    const exam = await loadExam(member, examId);
    const now = clock.now();
    if (now < new Date(exam.opensAt)) throw conflict('考试尚未开始');
    if (now >= new Date(exam.closesAt)) throw conflict('考试已结束');
    const { data: mine } = await attemptsOf(member._id, [examId]);
    const open = mine.find(
      (a) => a.submittedAt === null && acceptsSubmission(new Date(a.endsAt), now),
    );
    if (!open && !mayStartAttempt(mine.length, exam.attemptsAllowed))
      throw conflict(`本次考试最多可参加 ${exam.attemptsAllowed} 次，你的次数已用完`);
    // A new attempt read its questions to shuffle their options: the paper is made from those.
    const { attempt, questions } = open
      ? { attempt: open, questions: await questionsOf(open.questionIds) }
      : await begin(member, exam, mine.length + 1, now);
    return {
      attemptId: attempt._id,
      title: exam.title,
      questions: attempt.questionIds.flatMap((id) => {
        const q = questions.get(id);
        return q ? [toPaperQuestion(q, attempt.optionOrder[id])] : [];
      }),
      endsAt: new Date(attempt.endsAt).toISOString(),
    };
  },
});

async function begin(
  member: MemberDoc,
  exam: ExamDoc,
  n: number,
  now: Date,
): Promise<{ attempt: AttemptDoc; questions: Map<string, QuestionDoc> }> {
  const _id = `${exam._id}:${member._id}:${n}`;
  // A paper drawn by tag is drawn for this attempt and kept with it (docs/domain.md §7.7).
  const order = exam.picks.length
    ? drawByTags(exam.picks, await tagPools(exam.picks.map((p) => p.tag)), _id)
    : shuffled(exam.questionIds, _id);
  const questions = await questionsOf(order);
  const attempt: AttemptDoc = {
    _id,
    examId: exam._id,
    memberId: member._id,
    orgId: member.orgId,
    orgPath: member.orgPath,
    n,
    title: exam.title,
    passMark: exam.passMark,
    questionIds: order,
    optionOrder: Object.fromEntries(
      order.map((id) => [
        id,
        shuffled(
          (questions.get(id)?.options ?? []).map((o) => o.key),
          `${_id}:${id}`,
        ),
      ]),
    ),
    startedAt: now,
    endsAt: endOfAttempt(now, exam.timeLimitMinutes, new Date(exam.closesAt)),
    submittedAt: null,
    answers: null,
    score: null,
    passed: null,
  };
  try {
    await db.collection(COLLECTIONS.schoolAttempts.name).add({ data: attempt });
    return { attempt, questions };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // A racing start of the same number won: theirs is the attempt, drawn from the same pools.
    const theirs = await findById<AttemptDoc>(COLLECTIONS.schoolAttempts.name, _id);
    if (!theirs) throw error;
    return { attempt: theirs, questions: await questionsOf(theirs.questionIds) };
  }
}

/**
 * Grades an attempt once. The grade is written only where the attempt is still unsubmitted,
 * so of twenty racing submissions one grades it and the rest answer with what was stored.
 * A submission past the end and its grace is refused and changes nothing. A pass earns
 * pass_exam once per exam; a repeated submission finishes an award that died. Wrong answers go
 * to the 错题本. Cost: three operations, the award's three, and the book's (none on a clean paper).
 */
export const submitExam = action('school', 'submitExam', {
  async handler({ attemptId, answers }, caller) {
    const member = requireMember(caller);
    const now = clock.now();
    const attempt = await findById<AttemptDoc>(COLLECTIONS.schoolAttempts.name, attemptId);
    if (!attempt || attempt.memberId !== member._id) throw notFound('找不到该答卷');
    const questions = await questionsOf(attempt.questionIds);
    let stored = attempt;
    if (attempt.submittedAt === null) {
      if (!acceptsSubmission(new Date(attempt.endsAt), now))
        throw conflict('考试时间已到，答卷未能提交');
      const paper = attempt.questionIds.flatMap((id) => questions.get(id) ?? []);
      // The answers saved as they were chosen, with those sent now taking precedence.
      const chosen = { ...attempt.saved, ...answers };
      const result = grade(paper, chosen, attempt.passMark);
      const kept = Object.fromEntries(attempt.questionIds.map((id) => [id, chosen[id] ?? []]));
      const { stats } = await db
        .collection(COLLECTIONS.schoolAttempts.name)
        .where({ _id: attemptId, submittedAt: null })
        .update({
          data: { submittedAt: now, answers: kept, score: result.score, passed: result.passed },
        });
      stored =
        stats.updated === 1
          ? {
              ...attempt,
              submittedAt: now,
              answers: kept,
              score: result.score,
              passed: result.passed,
            }
          : ((await findById<AttemptDoc>(COLLECTIONS.schoolAttempts.name, attemptId)) ?? attempt);
    }
    // Every submission books the wrong answers: a retry finishes a booking that died.
    if (stored.answers) {
      await bookWrong(
        member._id,
        attempt.questionIds.flatMap((id) => questions.get(id) ?? []),
        stored.answers,
        attempt._id,
        new Date(stored.submittedAt!),
      );
    }
    if (stored.passed) {
      await awardPoints({
        memberId: member._id,
        orgId: member.orgId,
        orgPath: member.orgPath,
        rule: 'pass_exam',
        sourceId: attempt.examId,
        at: new Date(stored.submittedAt!),
      });
    }
    return resultOf(stored, questions);
  },
});

function resultOf(attempt: AttemptDoc, questions: Map<string, QuestionDoc>): ExamResult {
  const answers = attempt.answers ?? {};
  const review = attempt.questionIds.flatMap((id) => {
    const q = questions.get(id);
    if (!q) return [];
    const chosen = answers[id] ?? [];
    const paper = toPaperQuestion(q, attempt.optionOrder[id]);
    return [
      {
        ...paper,
        answer: q.answer,
        chosen,
        correct: isCorrect(q.answer, chosen),
        explanation: q.explanation,
      },
    ];
  });
  return {
    score: attempt.score ?? 0,
    passed: attempt.passed ?? false,
    passMark: attempt.passMark,
    correct: review.filter((r) => r.correct).length,
    total: review.length,
    review,
  };
}

const conflict = (message: string) => new AppError('CONFLICT', message);
