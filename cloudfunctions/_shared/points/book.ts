import type { PointEntryDoc, PointMemberYearDoc, PointRuleDoc } from '../../../typings/documents';
import { now } from '../clock';
import { db } from '../cloud';
import { COLLECTIONS } from '../collections';
import { findById } from '../db';
import { isDuplicateKey } from '../db-errors';
import { beyondRetention, periodOfDay } from './period';
import { countEntry } from './tally';

export interface AwardResult {
  /** Points this call added to the member's totals (0 for a replay or a reached cap). */
  awarded: number;
  /** A daily or weekly cap cut the award down (possibly to 0). */
  capped: boolean;
  /** The event had been recorded before: nothing new was counted for it. */
  duplicate: boolean;
}

/**
 * Writes an entry to the ledger and counts it. The entry's id is the event's idempotency key,
 * so the insert is the dedupe: a replay is refused by the unique `_id` and only checks that
 * the first attempt finished counting (it finishes it when that attempt died in between).
 */
export async function book(
  entry: PointEntryDoc,
  rule: Pick<PointRuleDoc, 'code' | 'dailyCap' | 'weeklyCap'> | null,
): Promise<AwardResult> {
  try {
    await db.collection(COLLECTIONS.pointLedger.name).add({ data: entry });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return replay(entry._id, rule);
  }
  const counted = await countEntry(entry, rule);
  return { awarded: counted.points, capped: counted.capped, duplicate: counted.already };
}

async function replay(
  id: string,
  rule: Pick<PointRuleDoc, 'code' | 'dailyCap' | 'weeklyCap'> | null,
): Promise<AwardResult> {
  const entry = await findById<PointEntryDoc>(COLLECTIONS.pointLedger.name, id);
  // A day its year document no longer keeps cannot say whether it was counted: an attempt that
  // died that long ago and was never retried is taken as counted rather than risk counting twice.
  if (!entry || entry.points === 0 || beyondRetention(entry.day, now()))
    return { awarded: 0, capped: entry?.capped ?? false, duplicate: true };
  const period = periodOfDay(entry.day);
  const year = await findById<PointMemberYearDoc>(
    COLLECTIONS.pointMemberYears.name,
    `${entry.memberId}:${period.year}`,
  );
  if (year?.days[period.dayKey]?.k.includes(id))
    return { awarded: 0, capped: entry.capped, duplicate: true };
  const counted = await countEntry({ ...entry, at: new Date(entry.at) }, rule);
  return { awarded: counted.points, capped: counted.capped, duplicate: true };
}
