import type { BranchRankItem } from '../../typings/functions/points';
import { competitionRanks } from './ranks';

/** A branch and its points in the period, before it is ranked. */
export interface BranchTotal {
  orgId: string;
  name: string;
  memberCount: number;
  total: number;
}

const byName = new Intl.Collator('zh').compare;

/**
 * Branches by points per member (docs/domain.md §6.2: branch figures are the default view), so a
 * small branch is not outranked for being small. Equal averages share a rank; the larger
 * total and then the name only order them on the page.
 */
export function rankBranches(branches: BranchTotal[]): BranchRankItem[] {
  const rows = branches.map((b) => ({
    ...b,
    average: b.memberCount ? Math.round((b.total / b.memberCount) * 10) / 10 : 0,
  }));
  rows.sort((a, b) => b.average - a.average || b.total - a.total || byName(a.name, b.name));
  const ranks = competitionRanks(rows, (r) => r.average);
  return rows.map((r, i) => ({ rank: ranks[i], ...r }));
}
