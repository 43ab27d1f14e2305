import type { Role } from '../../../../typings';

const REVIEWER_CODES: Role['code'][] = ['org_admin', 'secretary', 'deputy_secretary'];

// Mirrors the server's publisher rule only to choose which entries to show; the server decides.
const publishes = (role: Role) => REVIEWER_CODES.includes(role.code) || role.title === '宣传委员';

/** The organisation the caller writes for: an admin's organisation first, else their seat's. */
export const publishScopeId = (roles: Role[]) =>
  (roles.find((r) => r.code === 'org_admin') ?? roles.find(publishes))?.orgId;

/** The organisation whose articles the caller reviews (an admin's, else a secretary's branch). */
export const reviewOrgId = (roles: Role[]) =>
  (roles.find((r) => r.code === 'org_admin') ?? roles.find((r) => REVIEWER_CODES.includes(r.code)))
    ?.orgId;

export const isOrgAdmin = (roles: Role[]) => roles.some((r) => r.code === 'org_admin');
