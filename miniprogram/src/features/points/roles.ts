import { adminOrgId, managedBranchId, type BoundMe } from '../../lib/session';

/**
 * The branch whose members' ledgers the caller may open from the branch page: the one a
 * 书记/副书记 leads, or an admin's own (`points.memberHistory` checks the admin's scope). Only
 * decides which views to show; the server checks every call.
 */
export const ledgerBranchId = (me: BoundMe) =>
  managedBranchId(me) ?? (adminOrgId(me) ? me.org._id : undefined);
