import type {
  PointBranchYearDoc,
  PointEntryDoc,
  PointMemberYearDoc,
  PointRuleDoc,
} from '../../../typings/documents';
import { now } from '../clock';
import { _, db } from '../cloud';
import { COLLECTIONS } from '../collections';
import { findById } from '../db';
import { isDuplicateKey } from '../db-errors';
import { expiredDayKeys, periodOfDay, type Period } from './period';
import { allowed, roomLeft } from './rules/caps';

type CapRule = Pick<PointRuleDoc, 'code' | 'dailyCap' | 'weeklyCap'>;

/** What counting one ledger entry did: the points it added to the totals. */
export interface Counted {
  points: number;
  /** The caps left less than the entry asked for. */
  capped: boolean;
  /** Another call had already counted this entry. */
  already: boolean;
}

const MAX_ATTEMPTS = 8;
const members = () => db.collection(COLLECTIONS.pointMemberYears.name);
const branches = () => db.collection(COLLECTIONS.pointBranchYears.name);
const ledger = () => db.collection(COLLECTIONS.pointLedger.name);

/**
 * Adds a ledger entry to its member's year document with ONE conditional update: the filter
 * holds the caps (`rule count ≤ cap − points`) and the entry's absence from the day's counted
 * ids, so the database itself decides, atomically, however many awards race. Nothing is read
 * on this path. Only when the filter refuses is the document read, to tell a missing
 * document, a reached cap (the entry is cut down first, then counted) and an entry that is
 * already counted apart.
 */
export async function countEntry(entry: PointEntryDoc, rule: CapRule | null): Promise<Counted> {
  const period = periodOfDay(entry.day);
  const id = `${entry.memberId}:${period.year}`;
  let points = entry.points;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (await incrementIf(id, entry, points, rule, period)) {
      await countForBranch(entry, points, period);
      return { points, capped: points < entry.points, already: false };
    }
    const doc = await findById<PointMemberYearDoc>(COLLECTIONS.pointMemberYears.name, id);
    if (!doc) {
      if (await createYear(id, entry, points, period)) {
        await countForBranch(entry, points, period);
        return { points, capped: points < entry.points, already: false };
      }
      continue;
    }
    if (doc.days[period.dayKey]?.k.includes(entry._id))
      return { points: 0, capped: false, already: true };
    const room = rule ? roomLeft(rule, doc, period) : Infinity;
    const next = allowed(entry.points, room);
    if (next !== points) {
      // The entry states what it counts before it is counted: a crash in between is
      // repaired by the next replay of the same event (see book.ts).
      await ledger()
        .doc(entry._id)
        .update({ data: { points: next, capped: true } });
      points = next;
    }
    if (points === 0) return { points: 0, capped: true, already: false };
  }
  throw new Error(`counting ${entry._id} kept conflicting`);
}

async function incrementIf(
  id: string,
  entry: PointEntryDoc,
  points: number,
  rule: CapRule | null,
  p: Period,
): Promise<boolean> {
  const day = `days.${p.dayKey}`;
  const where: Record<string, unknown> = { _id: id, [`${day}.k`]: _.neq(entry._id) };
  if (rule && points > 0) {
    if (rule.dailyCap !== null) where[`${day}.r.${rule.code}`] = capFilter(rule.dailyCap - points);
    if (rule.weeklyCap !== null)
      where[`weeks.${p.weekKey}.${rule.code}`] = capFilter(rule.weeklyCap - points);
  }
  const result = await members()
    .where(where)
    .update({
      data: {
        orgId: entry.orgId,
        orgPath: entry.orgPath,
        total: _.inc(points),
        [`months.${p.monthKey}`]: _.inc(points),
        [`${day}.t`]: _.inc(points),
        [`${day}.r.${entry.rule}`]: _.inc(points),
        [`${day}.k`]: _.push([entry._id]),
        [`weeks.${p.weekKey}.${entry.rule}`]: _.inc(points),
        [`byRule.${entry.rule}`]: _.inc(points),
        ...Object.fromEntries(expiredDayKeys(entry.day).map((key) => [`days.${key}`, _.remove()])),
        updatedAt: now(),
      },
    });
  return result.stats.updated === 1;
}

/** A counter that has never been written is 0: it passes any cap a single entry fits in. */
function capFilter(max: number) {
  return _.or(_.exists(false), _.lte(max));
}

/** The member's first points of the year; false when a concurrent award created it first. */
async function createYear(
  id: string,
  entry: PointEntryDoc,
  points: number,
  p: Period,
): Promise<boolean> {
  const doc: PointMemberYearDoc = {
    _id: id,
    memberId: entry.memberId,
    orgId: entry.orgId,
    orgPath: entry.orgPath,
    year: p.year,
    total: points,
    months: { [p.monthKey]: points },
    days: { [p.dayKey]: { t: points, r: { [entry.rule]: points }, k: [entry._id] } },
    weeks: { [p.weekKey]: { [entry.rule]: points } },
    byRule: { [entry.rule]: points },
    updatedAt: now(),
  };
  try {
    await members().add({ data: doc });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/**
 * A branch's figures, incremented after the member's. A branch document is written by all of
 * its members, so it stays out of any transaction: `$inc` on it never conflicts, only
 * queues. It is reached once per counted entry (the member update above succeeds once).
 */
async function countForBranch(entry: PointEntryDoc, points: number, p: Period): Promise<void> {
  if (points === 0) return;
  const id = `${entry.orgId}:${p.year}`;
  const inc = {
    total: _.inc(points),
    [`months.${p.monthKey}`]: _.inc(points),
    updatedAt: now(),
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const result = await branches().where({ _id: id }).update({ data: inc });
    if (result.stats.updated === 1) return;
    const doc: PointBranchYearDoc = {
      _id: id,
      orgId: entry.orgId,
      orgPath: entry.orgPath,
      year: p.year,
      total: points,
      months: { [p.monthKey]: points },
      updatedAt: now(),
    };
    try {
      await branches().add({ data: doc });
      return;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  throw new Error(`counting ${entry._id} for its branch kept conflicting`);
}
