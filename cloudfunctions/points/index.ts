import { defineFunction } from '../_shared/router';
import { adjust } from './actions/adjust';
import { branchSummary } from './actions/branch-summary';
import { exportYear } from './actions/export-year';
import { history } from './actions/history';
import { me } from './actions/me';
import { ranking } from './actions/ranking';
import { reverse } from './actions/reverse';
import { rules } from './actions/rules';
import { setRule } from './actions/set-rule';
import { setVisibility } from './actions/visibility';

/**
 * Learning points (DOMAIN.md §6): views of the ledger and its maintained totals, manual
 * adjustments and corrections. No action here awards points for a client event: awards come
 * only from other functions' server code through _shared/points/award.ts.
 */
export const main = defineFunction({
  me,
  history,
  ranking,
  branchSummary,
  setVisibility,
  adjust,
  reverse,
  rules,
  setRule,
  exportYear,
});
