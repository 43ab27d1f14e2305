import type { PointRuleDoc } from '../../../typings/documents';
import { db } from '../cloud';
import { COLLECTIONS } from '../collections';
import { DEFAULT_RULES } from './rules/defaults';
import { versionAt } from './rules/versions';

/**
 * A warm instance reads the rule versions at most once a minute: an award then costs no read
 * for its rule. A version set to take effect today applies within that minute on every
 * instance; `points.setRule` offers dates from today on, so history is never re-rated.
 * The minute is the instance's own elapsed time (a monotonic clock), not business time: which
 * version applies is decided by the award's instant.
 */
const TTL_MS = 60_000;
let cache: { at: number; stored: PointRuleDoc[] } | null = null;

export async function storedRules(fresh = false): Promise<PointRuleDoc[]> {
  if (!fresh && cache && performance.now() - cache.at < TTL_MS) return cache.stored;
  const { data } = await db.collection(COLLECTIONS.pointRules.name).limit(1000).get<PointRuleDoc>();
  const stored = data.map((r) => ({
    ...r,
    from: new Date(r.from),
    to: r.to ? new Date(r.to) : null,
  }));
  cache = { at: performance.now(), stored };
  return stored;
}

export async function ruleAt(code: string, at: Date): Promise<PointRuleDoc | null> {
  return versionAt(DEFAULT_RULES, await storedRules(), code, at);
}
