import type { OrganisationDoc } from '../../typings/documents';

/** Members entering (positive) or leaving (negative) one branch, and how many are 正式. */
export interface CountChange {
  branch: Pick<OrganisationDoc, '_id' | 'path'>;
  all: number;
  full: number;
}

export type CountField =
  'memberCount' | 'fullMemberCount' | 'subtreeMemberCount' | 'subtreeFullMemberCount';

/**
 * How the maintained counts move when members enter and leave branches: each branch's own
 * counts, and the subtree counts of the branch and every ancestor its path names
 * ('/root/zz/br/'), summed by organisation. Fields that net to zero are left out. Pure, so the
 * local cloud's seed derives its counts with the same rule the function maintains them by.
 */
export function countSums(
  changes: CountChange[],
): Map<string, Partial<Record<CountField, number>>> {
  const sums = new Map<string, Partial<Record<CountField, number>>>();
  const add = (id: string, field: CountField, n: number) => {
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
  for (const [id, sum] of sums) {
    for (const field of Object.keys(sum) as CountField[]) if (sum[field] === 0) delete sum[field];
    if (Object.keys(sum).length === 0) sums.delete(id);
  }
  return sums;
}
