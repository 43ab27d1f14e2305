import type { Role } from '../documents/member';

/** Every role a member can hold: branch roles from a committee seat, `org_admin` from the party committee. */
export const ROLE_CODES = ['secretary', 'deputy_secretary', 'committee', 'org_admin'] as const;

/**
 * What a role lets its holder do, and where. Branch roles come from the committee seat a
 * member holds; `org_admin` manages everything under its `orgPath` (the root's admin is the
 * enterprise admin).
 */
export type RoleCode = (typeof ROLE_CODES)[number];

/** The 书记 and 副书记 who lead a branch (and its 党小组). */
export const BRANCH_MANAGER_ROLES = [
  'secretary',
  'deputy_secretary',
] as const satisfies readonly RoleCode[];

/** The seats of a branch committee (支委会): 书记, 副书记 and 委员. */
export const BRANCH_COMMITTEE_ROLES = [
  ...BRANCH_MANAGER_ROLES,
  'committee',
] as const satisfies readonly RoleCode[];

/** Admins of an organisation (党委/总支 level): entitled to sensitive data under it. */
export const ADMIN_ROLES = ['org_admin'] as const satisfies readonly RoleCode[];

/** Roles that manage their organisation's subtree: rosters, notices, rankings, ledgers. */
export const MANAGING_ROLES = [...BRANCH_MANAGER_ROLES, ...ADMIN_ROLES] as const;

/** Reviewers publish or return the articles of their scope: whoever manages it. */
export const REVIEWER_ROLES = MANAGING_ROLES;

/** The committee seat whose holder writes news for the branch. */
export const PROPAGANDA_TITLE = '宣传委员';

/** Who may publish in a news column: 宣传委员, a branch's 书记/副书记, or an organisation admin. */
export const PUBLISHER_KINDS = ['propaganda', 'secretary', 'admin'] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

const isIn = (codes: readonly RoleCode[], role: Pick<Role, 'code'>) => codes.includes(role.code);

export const isManagingRole = (role: Pick<Role, 'code'>) => isIn(MANAGING_ROLES, role);
export const isAdminRole = (role: Pick<Role, 'code'>) => isIn(ADMIN_ROLES, role);
export const isBranchManagerRole = (role: Pick<Role, 'code'>) => isIn(BRANCH_MANAGER_ROLES, role);
export const isBranchCommitteeRole = (role: Pick<Role, 'code'>) =>
  isIn(BRANCH_COMMITTEE_ROLES, role);
export const isReviewerRole = (role: Pick<Role, 'code'>) => isIn(REVIEWER_ROLES, role);

/** The publishing capacity a role gives, if any: of the committee seats only the 宣传委员 writes. */
export function publisherKindOf(role: Pick<Role, 'code' | 'title'>): PublisherKind | null {
  if (isAdminRole(role)) return 'admin';
  if (isBranchManagerRole(role)) return 'secretary';
  if (role.code === 'committee' && role.title === PROPAGANDA_TITLE) return 'propaganda';
  return null;
}

type Grant = Pick<Role, 'code' | 'orgPath'>;

/**
 * Scope is one rule for every function: a managing role covers its organisation and everything
 * below it (an organisation path starts with its ancestors' paths).
 */
export const managesPath = (roles: readonly Grant[], path: string) =>
  roles.some((role) => isManagingRole(role) && path.startsWith(role.orgPath));

export const administersPath = (roles: readonly Grant[], path: string) =>
  roles.some((role) => isAdminRole(role) && path.startsWith(role.orgPath));

/** The organisation an admin administers, if any: where their default views start. */
export const administeredOrgId = (roles: readonly Pick<Role, 'code' | 'orgId'>[]) =>
  roles.find(isAdminRole)?.orgId;
