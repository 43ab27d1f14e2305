import { defineFunction } from '../_shared/router';
import { platformTimer } from '../_shared/timer';
import { compliance } from './actions/compliance';
import { copyLastMonth } from './actions/copy';
import { addMedia, uploadTicket } from './actions/media';
import { plan } from './actions/plan';
import { get, mine, month } from './actions/read';
import { amend, confirm, saveRecord } from './actions/record';
import { mark, signIn, signInCode, studied } from './actions/sign-in';
import { recomputeCompliance } from './nightly';

const api = defineFunction('activity', {
  plan,
  month,
  copyLastMonth,
  mine,
  get,
  signInCode,
  signIn,
  mark,
  saveRecord,
  uploadTicket,
  addMedia,
  confirm,
  amend,
  studied,
  compliance,
});

/**
 * 组织生活 (docs/domain.md §2): plans, sign-in, records and the compliance figures of each
 * branch. The nightly timer recomputes the figures of the running year.
 */
export async function main(event: unknown) {
  if (platformTimer(event) !== null) return recomputeCompliance();
  return api(event);
}
