import type { LetterDoc, LetterRoute, MailboxStatsDoc } from '../../typings/documents';
import { LETTER_CATEGORIES, LETTER_STATUSES } from '../../typings/policy/mailbox';
import { newId } from '../_shared/ids';

/*
 * Where a letter is filed: its mailbox, the counter documents it counts in, its photos' paths.
 * Pure, so the demo seed and the benches file letters exactly as the function does.
 */

export const boxOf = (orgId: string, route: LetterRoute) => `${orgId}:${route}`;

/** A re-encoded photo's server-chosen path, under the letter's own folder. */
export const letterPhotoPath = (letterId: string) => `mailbox/letters/${letterId}/${newId()}.jpg`;

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
    overdue: 0,
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
