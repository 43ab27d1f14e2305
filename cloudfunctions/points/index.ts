import { defineFunction } from '../_shared/router';
import { platformTimer } from '../_shared/timer';
import { adjust } from './actions/adjust';
import { branchSummary } from './actions/branch-summary';
import { entry } from './actions/entry';
import { exportYear } from './actions/export-year';
import { history } from './actions/history';
import { me } from './actions/me';
import { memberHistory } from './actions/member-history';
import { ranking } from './actions/ranking';
import { reverse } from './actions/reverse';
import { rules } from './actions/rules';
import { setRule } from './actions/set-rule';
import { setVisibility } from './actions/visibility';
import { rebuildRankPages } from './rebuild-rank-pages';
import { reconcileBranches } from './reconcile-branches';

const api = defineFunction('points', {
  me,
  history,
  memberHistory,
  ranking,
  branchSummary,
  setVisibility,
  adjust,
  entry,
  reverse,
  rules,
  setRule,
  exportYear,
});

/**
 * Learning points (docs/domain.md §6): views of the ledger and its maintained totals, manual
 * adjustments and corrections. No action here awards points for a client event: awards come
 * only from other functions' server code through _shared/points/award.ts. Timers rebuild the
 * stored rankings of large organisations (every five minutes) and check branch figures against
 * their members' (nightly).
 */
export async function main(event: unknown) {
  const timer = platformTimer(event);
  if (timer === 'reconcileBranches') return reconcileBranches();
  if (timer !== null) return rebuildRankPages();
  return api(event);
}
