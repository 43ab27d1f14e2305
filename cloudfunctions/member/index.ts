import * as clock from '../_shared/clock';
import { removeExpiredExports } from '../_shared/files';
import { defineFunction } from '../_shared/router';
import { platformTimer } from '../_shared/timer';
import { auditLog } from './actions/audit-log';
import { bind, unbind } from './actions/bind';
import { create } from './actions/create';
import { exportRoster } from './actions/export-roster';
import { get } from './actions/get';
import { importRoster } from './actions/import-roster';
import { importTemplate } from './actions/import-template';
import { issueInvite, revokeInvite } from './actions/invite';
import { list } from './actions/list';
import { me } from './actions/me';
import { move } from './actions/move';
import { orgTree } from './actions/org-tree';
import { updateProfile } from './actions/profile';
import { reveal } from './actions/reveal';
import { update } from './actions/update';

const api = defineFunction('member', {
  me,
  get,
  reveal,
  list,
  create,
  update,
  move,
  issueInvite,
  revokeInvite,
  bind,
  unbind,
  updateProfile,
  orgTree,
  importRoster,
  exportRoster,
  importTemplate,
  auditLog,
});

/**
 * Identity, organisations and the roster (docs/domain.md §1, §5). The timer trigger deletes
 * roster and points exports whose download link has expired, so no sheet of ID numbers stays
 * in storage after its ten minutes.
 */
export async function main(event: unknown) {
  if (platformTimer(event) !== null) return { removed: await removeExpiredExports(clock.now()) };
  return api(event);
}
