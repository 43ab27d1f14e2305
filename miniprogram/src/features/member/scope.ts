import { adminOrgId, managedBranchId, type BoundMe } from '../../lib/session';

/** The widest roster the caller manages: an admin's organisation, else a secretary's branch. */
export const defaultRosterOrgId = (me: BoundMe) =>
  adminOrgId(me) ?? managedBranchId(me) ?? me.org._id;

export const canManageRoster = (me: BoundMe) => Boolean(adminOrgId(me) ?? managedBranchId(me));
