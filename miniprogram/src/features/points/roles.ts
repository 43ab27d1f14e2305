import type { MeResponse, Role } from '../../../../typings';

/**
 * The organisation an org_admin administers, whose branches they compare. Only decides which
 * views to show; the server checks every call.
 */
export const adminOrgId = (viewer: MeResponse) =>
  viewer.bound ? viewer.roles.find((role) => role.code === 'org_admin')?.orgId : undefined;

const BRANCH_MANAGERS: Role['code'][] = ['secretary', 'deputy_secretary'];

/**
 * The branch whose members' ledgers the caller may open from the branch page: the one a
 * 书记/副书记 leads, or an admin's own (`points.memberHistory` checks the admin's scope).
 */
export const ledgerBranchId = (viewer: MeResponse) => {
  if (!viewer.bound) return undefined;
  const led = viewer.roles.find((role) => BRANCH_MANAGERS.includes(role.code))?.orgId;
  return led ?? (adminOrgId(viewer) ? viewer.org._id : undefined);
};
