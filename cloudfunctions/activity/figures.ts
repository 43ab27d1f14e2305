import type { ActivityDoc, ComplianceMonth } from '../../typings/documents';
import { yearWarnings, type BranchShape, type HeldCounts } from './rules/warnings';

/** A 支委会 has at least 3 members (docs/domain.md §1.2). */
export const COMMITTEE_MIN = 3;

export type FigureRow = Pick<ActivityDoc, 'type' | 'month' | 'status'>;

/**
 * A branch's twelve months from its activities of the year: confirmed ones by type, all planned,
 * and the warnings as of `today` (docs/domain.md §2.8). The function and the demo seed share it.
 */
export function monthsOf(
  rows: FigureRow[],
  year: number,
  today: { year: number; month: number },
  shape: BranchShape,
): ComplianceMonth[] {
  const held: HeldCounts[] = Array.from({ length: 12 }, () => ({}));
  const planned = Array.from({ length: 12 }, () => 0);
  for (const row of rows) {
    const m = Number(row.month.slice(5)) - 1;
    planned[m]++;
    if (row.status === 'confirmed') held[m][row.type] = (held[m][row.type] ?? 0) + 1;
  }
  const warnings = yearWarnings(year, today, held, shape);
  return held.map((h, i) => ({ held: h, planned: planned[i], warnings: warnings[i] }));
}
