import type { OrganisationDoc } from '../../typings/documents';
import { _ } from '../_shared/cloud';

/** Members entering (positive) or leaving (negative) one branch, and how many are 正式. */
export interface CountChange {
  branch: Pick<OrganisationDoc, '_id' | 'path'>;
  all: number;
  full: number;
}

type Patch = Record<string, unknown>;

/**
 * The counter updates that follow members into and out of branches: each branch's own counts,
 * and the subtree counts of the branch and every ancestor its path names ('/root/zz/br/').
 * Changes meeting at an organisation are summed first, so each organisation is written once,
 * and one that nets to zero (an ancestor common to both ends of a move) is not written at all.
 */
export function countPatches(changes: CountChange[]): Map<string, Patch> {
  const sums = new Map<string, Record<string, number>>();
  const add = (id: string, field: string, n: number) => {
    const sum = sums.get(id) ?? {};
    sum[field] = (sum[field] ?? 0) + n;
    sums.set(id, sum);
  };
  for (const { branch, all, full } of changes) {
    add(branch._id, 'memberCount', all);
    add(branch._id, 'fullMemberCount', full);
    for (const id of branch.path.split('/').filter(Boolean)) {
      add(id, 'subtreeMemberCount', all);
      add(id, 'subtreeFullMemberCount', full);
    }
  }
  const patches = new Map<string, Patch>();
  for (const [id, sum] of sums) {
    const moved = Object.entries(sum).filter(([, n]) => n !== 0);
    if (moved.length) patches.set(id, Object.fromEntries(moved.map(([f, n]) => [f, _.inc(n)])));
  }
  return patches;
}
