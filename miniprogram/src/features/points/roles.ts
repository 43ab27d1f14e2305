import type { MeResponse } from '../../../../typings';

/**
 * The organisation an org_admin administers, whose branches they compare. Only decides which
 * views to show; the server checks every call.
 */
export const adminOrgId = (viewer: MeResponse) =>
  viewer.bound ? viewer.roles.find((role) => role.code === 'org_admin')?.orgId : undefined;
