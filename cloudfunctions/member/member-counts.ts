import { _ } from '../_shared/cloud';
import { countSums, type CountChange } from './count-sums';

export type { CountChange } from './count-sums';

/**
 * The counter updates that follow members into and out of branches (see countSums): each
 * organisation is written once, and one that nets to zero (an ancestor common to both ends of
 * a move) is not written at all.
 */
export function countPatches(changes: CountChange[]): Map<string, Record<string, unknown>> {
  const patches = new Map<string, Record<string, unknown>>();
  for (const [id, sum] of countSums(changes)) {
    patches.set(id, Object.fromEntries(Object.entries(sum).map(([f, n]) => [f, _.inc(n)])));
  }
  return patches;
}
