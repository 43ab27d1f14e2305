import type { Role } from '../../../../typings';
import { isAdminRole, isReviewerRole, publisherKindOf } from '../../../../typings/policy/roles';

// The policy's publisher and reviewer rules, read only to choose which entries to show.

/** The organisation the caller writes for: an admin's organisation first, else their seat's. */
export const publishScopeId = (roles: Role[]) =>
  (roles.find(isAdminRole) ?? roles.find((role) => publisherKindOf(role) !== null))?.orgId;

/** The organisation whose articles the caller reviews (an admin's, else a secretary's branch). */
export const reviewOrgId = (roles: Role[]) =>
  (roles.find(isAdminRole) ?? roles.find(isReviewerRole))?.orgId;

export const isOrgAdmin = (roles: Role[]) => roles.some(isAdminRole);

/** The organisation an admin administers: where 下级动态 starts. */
export const adminOrgId = (roles: Role[]) => roles.find(isAdminRole)?.orgId;
