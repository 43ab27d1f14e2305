import { defineFunction } from '../_shared/router';
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

/** Identity, organisations and the roster (docs/domain.md §1, §5). */
export const main = defineFunction('member', {
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
