import type {
  AttemptDoc,
  ExamBank,
  ExamDoc,
  ExamQuestion,
  MemberDoc,
} from '../../../typings/documents';
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
import { ownAttempt } from '../attempts';
import { drawByTags, shuffled } from '../rules/draw';
import {
  acceptsSubmission,
  endOfAttempt,
  grade,
  isCorrect,
  mayStartAttempt,
} from '../rules/grading';
import { toPaperQuestion } from '../views';
import { bookWrong } from '../wrong-book';

/** Exams listed at once: an organisation chain holds few open at a time. */
const EXAMS_SHOWN = 50;

const attemptsOf = (memberId: string, examIds: string[]) =>
  db
    .collection(COLLECTIONS.schoolAttempts.name)
    .where({ memberId, examId: examIds.length === 1 ? examIds[0] : _.in(examIds) })
    .orderBy('n', 'asc')
    .limit(EXAMS_SHOWN * 10)
    .get<AttemptDoc>();

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
      .field({ bank: false })
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
        const submitted = mine.filter((a) => a.submittedAt !== null);
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
          reviewId: submitted.at(-1)?._id ?? null,
          opensAt: new Date(e.opensAt).toISOString(),
          closesAt: new Date(e.closesAt).toISOString(),
          open: new Date(e.opensAt) <= now,
        };
      }),
    };
  },
});

type PublishedExam = ExamDoc & { bank: ExamBank };

/** A published exam of the member's scope, with the questions it sealed. One read. */
async function loadExam(member: MemberDoc, examId: string): Promise<PublishedExam> {
  const exam = await findById<ExamDoc>(COLLECTIONS.schoolExams.name, examId);
  if (!exam || exam.status !== 'published' || !exam.bank) throw notFound('找不到该考试');
  if (!mayStudy(member, { _id: exam.scopeId, path: exam.scopePath }))
    throw forbidden('该考试不在你所在组织的范围内');
  return exam as PublishedExam;
}

const byId = (questions: readonly ExamQuestion[]) => new Map(questions.map((q) => [q._id, q]));

/**
 * Starts an attempt, or resumes the open one with the answers saved on it: the server starts
 * the clock and holds the paper; questions and options go out in an order of this attempt and
 * without answers. The attempt's id is its number, so racing starts create one attempt, never
 * more than allowed. The paper comes from the questions the exam sealed: no read of the bank.
 * Cost: the member, the exam, the member's attempts at it, and the new attempt's write.
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
    const questions = byId(exam.bank.questions);
    const attempt =
      open ?? (await begin(member, caller.openid, exam, questions, mine.length + 1, now));
    return {
      attemptId: attempt._id,
      title: exam.title,
      questions: attempt.questionIds.flatMap((id) => {
        const q = questions.get(id);
        return q ? [toPaperQuestion(q, attempt.optionOrder[id])] : [];
      }),
      saved: attempt.saved ?? {},
      endsAt: new Date(attempt.endsAt).toISOString(),
    };
  },
});

async function begin(
  member: MemberDoc,
  openid: string,
  exam: PublishedExam,
  questions: Map<string, ExamQuestion>,
  n: number,
  now: Date,
): Promise<AttemptDoc> {
  const _id = `${exam._id}:${member._id}:${n}`;
  // A paper drawn by tag is drawn for this attempt and kept with it (docs/domain.md §7.7).
  const drawn = exam.picks.length
    ? drawByTags(exam.picks, exam.bank.pools, _id)
    : shuffled(exam.questionIds, _id);
  const paper = drawn.flatMap((id) => questions.get(id) ?? []);
  const attempt: AttemptDoc = {
    _id,
    examId: exam._id,
    memberId: member._id,
    orgId: member.orgId,
    orgPath: member.orgPath,
    openid,
    n,
    title: exam.title,
    passMark: exam.passMark,
    questionIds: paper.map((q) => q._id),
    optionOrder: Object.fromEntries(
      paper.map((q) => [
        q._id,
        shuffled(
          q.options.map((o) => o.key),
          `${_id}:${q._id}`,
        ),
      ]),
    ),
    key: Object.fromEntries(paper.map((q) => [q._id, q.answer])),
    examOnly: paper.filter((q) => q.examOnly).map((q) => q._id),
    startedAt: now,
    endsAt: endOfAttempt(now, exam.timeLimitMinutes, new Date(exam.closesAt)),
    submittedAt: null,
    answers: null,
    score: null,
    passed: null,
  };
  try {
    await db.collection(COLLECTIONS.schoolAttempts.name).add({ data: attempt });
    return attempt;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // A racing start of the same number won: theirs is the attempt, drawn from the same pools.
    const theirs = await findById<AttemptDoc>(COLLECTIONS.schoolAttempts.name, _id);
    if (!theirs) throw error;
    return theirs;
  }
}

/** The attempt's paper as grading and the 错题本 need it: each question's key. */
const gradedPaper = (attempt: AttemptDoc) =>
  attempt.questionIds.map((id) => ({
    _id: id,
    answer: attempt.key[id] ?? [],
    examOnly: attempt.examOnly.includes(id),
  }));

/**
 * Grades an attempt once. The grade is written only where the attempt is still unsubmitted,
 * so of twenty racing submissions one grades it and the rest answer with what was stored.
 * A submission past the end and its grace is refused and changes nothing. A pass earns
 * pass_exam once per exam; a repeated submission finishes an award that died. Wrong answers go
 * to the 错题本. The attempt holds its answer key and who started it (attempts.ts): grading reads
 * nothing else. Cost: the attempt, the grade, the book's write (none on a clean paper) and the
 * award's three; the answers and explanations are examReview's.
 */
export const submitExam = action('school', 'submitExam', {
  member: false,
  async handler({ attemptId, answers }, caller) {
    const attempt = await ownAttempt(caller.openid, attemptId);
    const now = clock.now();
    const paper = gradedPaper(attempt);
    let stored = attempt;
    if (attempt.submittedAt === null) {
      if (!acceptsSubmission(new Date(attempt.endsAt), now))
        throw conflict('考试时间已到，答卷未能提交');
      // The answers saved as they were chosen, with those sent now taking precedence.
      const chosen = { ...attempt.saved, ...answers };
      const result = grade(paper, chosen, attempt.passMark);
      const kept = Object.fromEntries(attempt.questionIds.map((id) => [id, chosen[id] ?? []]));
      const graded = {
        submittedAt: now,
        answers: kept,
        score: result.score,
        passed: result.passed,
      };
      const { stats } = await db
        .collection(COLLECTIONS.schoolAttempts.name)
        .where({ _id: attemptId, submittedAt: null })
        .update({ data: graded });
      stored =
        stats.updated === 1
          ? { ...attempt, ...graded }
          : ((await findById<AttemptDoc>(COLLECTIONS.schoolAttempts.name, attemptId)) ?? attempt);
    }
    // Every submission books the wrong answers: a retry finishes a booking that died.
    if (stored.answers)
      await bookWrong(
        attempt.memberId,
        paper,
        stored.answers,
        attempt._id,
        new Date(stored.submittedAt!),
      );
    if (stored.passed)
      await awardPoints({
        memberId: attempt.memberId,
        orgId: attempt.orgId,
        orgPath: attempt.orgPath,
        rule: 'pass_exam',
        sourceId: attempt.examId,
        at: new Date(stored.submittedAt!),
      });
    const { correct, total } = grade(paper, stored.answers ?? {}, attempt.passMark);
    return {
      score: stored.score ?? 0,
      passed: stored.passed ?? false,
      passMark: attempt.passMark,
      correct,
      total,
    };
  },
});

/**
 * A submitted attempt of the caller's with every question's right answer and explanation, read
 * from the questions its exam sealed. Before the submission it answers CONFLICT and nothing of
 * the answers. Cost: the attempt and the exam.
 */
export const examReview = action('school', 'examReview', {
  member: false,
  async handler({ attemptId }, caller) {
    const attempt = await ownAttempt(caller.openid, attemptId);
    if (attempt.submittedAt === null) throw conflict('答卷提交后才能查看答案');
    const exam = await findById<ExamDoc>(COLLECTIONS.schoolExams.name, attempt.examId);
    return resultOf(attempt, byId(exam?.bank?.questions ?? []));
  },
});

function resultOf(attempt: AttemptDoc, questions: Map<string, ExamQuestion>): ExamResult {
  const answers = attempt.answers ?? {};
  const review = attempt.questionIds.flatMap((id) => {
    const q = questions.get(id);
    if (!q) return [];
    const chosen = answers[id] ?? [];
    return [
      {
        ...toPaperQuestion(q, attempt.optionOrder[id]),
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
