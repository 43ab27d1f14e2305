import type { LetterDoc } from '../../typings/documents';
import type { LetterStatus } from '../../typings/policy/mailbox';
import { chinaToday } from '../_shared/clock';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { bump, overdueMove } from './counters';
import { statsIdsOf } from './keys';
import { letters } from './repo';

/** The statuses of a letter still waiting for an answer (rules/handling.ts isOverdue). */
const WAITING: LetterStatus[] = ['未读', '已读', '处理中'];
/** Letters flagged a run: a few operations each, well inside the function's timeout. */
const BATCH = 100;

/**
 * The timer's work: letters whose deadline passed unanswered are flagged overdue and counted
 * once on the figures of every organisation above them, so a higher 党委's supervision figures
 * come from maintained counters, never from reading letters (docs/domain.md §8.5). The flag is
 * set with a guarded update, so an answer racing the timer is counted right; what a run leaves
 * over, the next run takes.
 */
export async function flagOverdue(): Promise<{ flagged: number }> {
  const today = chinaToday();
  let flagged = 0;
  for (const status of WAITING) {
    const { data: due } = await db
      .collection(letters)
      .where({ status, overdue: false, deadline: _.lt(today) })
      .field({ _id: true, status: true, orgPath: true, box: true })
      .limit(BATCH)
      .get<Pick<LetterDoc, '_id' | 'status' | 'orgPath' | 'box'>>();
    for (const letter of due) {
      const { stats } = await db
        .collection(letters)
        .where({ _id: letter._id, status: letter.status, overdue: false })
        .update({ data: { overdue: true } });
      if (stats.updated === 0) continue;
      await bump(statsIdsOf(letter), overdueMove(1));
      flagged++;
    }
  }
  return { flagged };
}

/**
 * The timer's other work: the counters of past days — writers' daily quotas, guessers' hours and
 * minutes — are dropped, so the collection holds today's only and keeps no history of who wrote
 * or tried when.
 */
export async function dropPastLimits(): Promise<{ dropped: number }> {
  const { stats } = await db
    .collection(COLLECTIONS.mailboxLimits.name)
    .where({ day: _.lt(chinaToday()) })
    .remove();
  return { dropped: stats.removed };
}
