import type { PointRuleDoc } from '../../../../typings/documents';

/**
 * The version of `code` in force at `at`: the stored versions, or the default until the first
 * stored one takes effect. Ranges are [from, to); a later `from` wins an overlap.
 */
export function versionAt(
  defaults: PointRuleDoc[],
  stored: PointRuleDoc[],
  code: string,
  at: Date,
): PointRuleDoc | null {
  const mine = stored.filter((r) => r.code === code);
  const firstStored = Math.min(...mine.map((r) => r.from.getTime()));
  const fallback = defaults
    .filter((r) => r.code === code)
    .map((r) => (mine.length ? { ...r, to: new Date(firstStored) } : r));
  const t = at.getTime();
  const inForce = [...mine, ...fallback].filter(
    (r) => r.from.getTime() <= t && (r.to === null || t < r.to.getTime()),
  );
  inForce.sort((a, b) => b.from.getTime() - a.from.getTime() || b.version - a.version);
  return inForce[0] ?? null;
}

/** The next version of a rule and the stored version whose range it closes. */
export function nextVersion(
  stored: PointRuleDoc[],
  code: string,
  from: Date,
): { version: number; closes: PointRuleDoc | null } | { refused: string } {
  const mine = stored.filter((r) => r.code === code).sort((a, b) => b.version - a.version);
  const latest = mine[0] ?? null;
  if (latest && latest.from.getTime() >= from.getTime()) {
    return { refused: '生效日期必须晚于现行版本的生效日期' };
  }
  return { version: (latest?.version ?? 0) + 1, closes: latest };
}
