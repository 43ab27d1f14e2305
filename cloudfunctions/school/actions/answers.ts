import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { AppError, invalidArgument } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { ownAttempt } from '../attempts';
import { acceptsSubmission } from '../rules/grading';

const conflict = (message: string) => new AppError('CONFLICT', message);

/**
 * Saves one answer as the member chooses it (docs/domain.md §7.7), so leaving the page loses
 * nothing: only on the member's own unsubmitted attempt, up to its end and grace. The same
 * answer again writes nothing; the write is taken only while the attempt is unsubmitted, so a
 * save that loses a race with the submission is refused, not counted afterwards.
 * Cost: one read, and one write when the answer changed.
 */
export const saveAnswer = action('school', 'saveAnswer', {
  member: false,
  async handler({ attemptId, questionId, answer }, caller) {
    const attempt = await ownAttempt(caller.openid, attemptId);
    const options = attempt.optionOrder[questionId];
    if (!attempt.questionIds.includes(questionId) || !options)
      throw invalidArgument('该题不在这份答卷中', 'questionId');
    if (answer.some((key) => !options.includes(key)))
      throw invalidArgument('所选选项不属于该题', 'answer');
    if (attempt.submittedAt !== null) throw conflict('答卷已提交');
    if (!acceptsSubmission(new Date(attempt.endsAt), clock.now()))
      throw conflict('考试时间已到，答案未能保存');
    const chosen = [...new Set(answer)].sort();
    const before = attempt.saved?.[questionId];
    if (before && isSame(before, chosen)) return { saved: true };
    const { stats } = await db
      .collection(COLLECTIONS.schoolAttempts.name)
      .where({ _id: attemptId, submittedAt: null })
      .update({ data: { [`saved.${questionId}`]: chosen } });
    if (stats.updated === 0) throw conflict('答卷已提交');
    return { saved: true };
  },
});

/** Both sorted, as saves store them. */
const isSame = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key, i) => key === b[i]);
