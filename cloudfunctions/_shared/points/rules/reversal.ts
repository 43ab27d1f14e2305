import type { PointEntryDoc } from '../../../../typings/documents';

/** Why an entry cannot be reversed, or null when it can. */
export function reversalRefusal(entry: Pick<PointEntryDoc, 'rule' | 'points'>): string | null {
  if (entry.rule === 'reversal') return '更正记录不能再次更正';
  if (entry.points === 0) return '该记录未计分，无需更正';
  return null;
}

/** The id of the entry that cancels entry `id`: one per entry, so it is corrected once. */
export const reversalIdOf = (id: string) => `reversal:${id}`;

/**
 * The entry that cancels `original`: opposite points, booked on the original's day so the
 * month and year it distorted are the ones corrected. Its id is derived from the original's,
 * so an entry can be reversed once however often the request is sent.
 */
export function reversalOf(
  original: PointEntryDoc,
  admin: { memberId: string },
  reason: string,
  now: Date,
): PointEntryDoc {
  return {
    _id: reversalIdOf(original._id),
    memberId: original.memberId,
    orgId: original.orgId,
    orgPath: original.orgPath,
    rule: 'reversal',
    ruleVersion: 0,
    points: -original.points,
    capped: false,
    sourceId: original._id,
    at: now,
    day: original.day,
    grantedBy: admin.memberId,
    reason,
    reverses: original._id,
  };
}
