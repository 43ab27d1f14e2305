import { adminOrgId, managedBranchId, type BoundMe } from '../../lib/session';

/**
 * The organisation whose members' 学时 the caller may see and record: the branch a 书记/副书记
 * leads, or an admin's own. Only decides which entries to show; the server checks every call.
 */
export const hoursOrgId = (me: BoundMe) =>
  managedBranchId(me) ?? (adminOrgId(me) ? me.org._id : undefined);
