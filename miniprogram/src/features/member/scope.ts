import type { MeResponse, Role } from '../../../../typings';

export type BoundMe = Extract<MeResponse, { bound: true }>;

const BRANCH_MANAGERS: Role['code'][] = ['secretary', 'deputy_secretary'];

/** The branch a 书记/副书记 manages, if any. Only decides which entries to show: the server rules. */
export const managedBranchId = (me: BoundMe) =>
  me.roles.find((role) => BRANCH_MANAGERS.includes(role.code))?.orgId;

/** The organisation an org_admin administers, if any. */
export const adminOrgId = (me: BoundMe) =>
  me.roles.find((role) => role.code === 'org_admin')?.orgId;

/** The widest roster the caller manages: an admin's organisation, else a secretary's branch. */
export const defaultRosterOrgId = (me: BoundMe) =>
  adminOrgId(me) ?? managedBranchId(me) ?? me.org._id;

export const canManageRoster = (me: BoundMe) => Boolean(adminOrgId(me) ?? managedBranchId(me));
