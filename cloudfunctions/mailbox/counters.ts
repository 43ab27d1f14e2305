import type { LetterDoc, MailboxStatsDoc } from '../../typings/documents';
import {
  LETTER_CATEGORIES,
  LETTER_STATUSES,
  type LetterCategory,
  type LetterStatus,
} from '../../typings/policy/mailbox';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { isDuplicateKey } from '../_shared/db-errors';

type Patch = Record<string, unknown>;
const stats = () => db.collection(COLLECTIONS.mailboxStats.name);

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyStats(_id: string): MailboxStatsDoc {
  return {
    _id,
    total: 0,
    byCategory: zeros(LETTER_CATEGORIES),
    byStatus: zeros(LETTER_STATUSES),
    unread: { managers: 0, discipline: 0 },
    replied: 0,
    replyDays: 0,
  };
}

/** The box's own counter document: its 未读 figure is the unread badge. */
export const boxStatsId = (box: string) => `box:${box}`;

/**
 * The counter documents a letter counts in: every organisation from the enterprise down to the
 * one addressed (their figures are their subtree's), and the addressed mailbox itself.
 */
export function statsIdsOf(letter: Pick<LetterDoc, 'orgPath' | 'box'>): string[] {
  return [...letter.orgPath.split('/').filter(Boolean), boxStatsId(letter.box)];
}

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
