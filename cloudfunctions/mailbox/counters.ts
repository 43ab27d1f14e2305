import type { LetterCategory, LetterStatus } from '../../typings/policy/mailbox';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { isDuplicateKey } from '../_shared/db-errors';
import { emptyStats } from './keys';

type Patch = Record<string, unknown>;
const stats = () => db.collection(COLLECTIONS.mailboxStats.name);

export const arrival = (category: LetterCategory, status: LetterStatus): Patch => ({
  total: _.inc(1),
  [`byCategory.${category}`]: _.inc(1),
  [`byStatus.${status}`]: _.inc(1),
});

export const statusMove = (from: LetterStatus, to: LetterStatus): Patch => ({
  [`byStatus.${from}`]: _.inc(-1),
  [`byStatus.${to}`]: _.inc(1),
});

export const categoryMove = (from: LetterCategory, to: LetterCategory): Patch => ({
  [`byCategory.${from}`]: _.inc(-1),
  [`byCategory.${to}`]: _.inc(1),
});

export const firstReply = (days: number): Patch => ({ replied: _.inc(1), replyDays: _.inc(days) });

/** A letter passes its deadline unanswered (+1), or an overdue one is answered (-1). */
export const overdueMove = (by: 1 | -1): Patch => ({ overdue: _.inc(by) });

/**
 * Applies one patch to all of `ids` in one update; an organisation's first letter creates its
 * document first. Counters are maintained, never recounted.
 */
export async function bump(ids: string[], patch: Patch): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  const { stats: done } = await stats()
    .where({ _id: _.in(ids) })
    .update({ data: patch });
  if (done.updated === ids.length) return;
  const { data } = await stats()
    .where({ _id: _.in(ids) })
    .field({ _id: true })
    .get<{ _id: string }>();
  const present = new Set(data.map((d) => d._id));
  const missing = ids.filter((id) => !present.has(id));
  for (const id of missing) {
    await stats()
      .add({ data: emptyStats(id) })
      .catch((error: unknown) => {
        if (!isDuplicateKey(error)) throw error;
      });
  }
  await stats()
    .where({ _id: _.in(missing) })
    .update({ data: patch });
}
