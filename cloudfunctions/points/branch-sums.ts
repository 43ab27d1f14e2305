import type { PointBranchYearDoc, PointMemberYearDoc } from '../../typings/documents';

export type Figures = Pick<PointBranchYearDoc, 'total' | 'months'>;

/** A branch's year figures as its members' year documents add up. */
export function sumOfMembers(members: Pick<PointMemberYearDoc, 'total' | 'months'>[]): Figures {
  const months: Record<string, number> = {};
  let total = 0;
  for (const m of members) {
    total += m.total;
    for (const [key, points] of Object.entries(m.months)) months[key] = (months[key] ?? 0) + points;
  }
  return { total, months };
}

/** Whether stored figures say what the members add up to (a month at 0 may be absent). */
export function sameFigures(a: Figures, b: Figures): boolean {
  if (a.total !== b.total) return false;
  const keys = new Set([...Object.keys(a.months), ...Object.keys(b.months)]);
  return [...keys].every((k) => (a.months[k] ?? 0) === (b.months[k] ?? 0));
}
