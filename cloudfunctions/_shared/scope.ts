import type { MemberDoc } from '../../typings/documents';
import { administersPath, managesPath } from '../../typings/policy';
import { forbidden } from './errors';

/** The part of an organisation that scope decisions need. */
export interface OrgRef {
  _id: string;
  path: string;
}

/**
 * Scope is one rule for every function: an org admin manages everything under their
 * organisation's path; a branch secretary or deputy manages their branch (and its 党小组);
 * a member sees their own branch; nobody else sees anything.
 */
export function managesOrg(member: MemberDoc, org: OrgRef): boolean {
  return managesPath(member.roles, org.path);
}

/** Admin of the organisation (党委/总支 level): entitled to sensitive data under it. */
export function administersOrg(member: MemberDoc, org: OrgRef): boolean {
  return administersPath(member.roles, org.path);
}

export function seesOrg(member: MemberDoc, org: OrgRef): boolean {
  return member.orgId === org._id || managesOrg(member, org);
}

export function requireManages(member: MemberDoc, org: OrgRef): void {
  if (!managesOrg(member, org)) throw forbidden('只有本组织的书记或管理员可以进行此操作');
}

/**
 * Whether `viewer` may act on `target`'s record, binding or roles: they manage the target's
 * organisation and every organisation the target's roles cover. A branch secretary manages
 * the branch the enterprise admin belongs to, but not the enterprise: acting on that admin's
 * binding would hand the whole enterprise to whoever the secretary chose.
 */
export function hasAuthorityOver(
  viewer: MemberDoc,
  target: Pick<MemberDoc, 'orgId' | 'orgPath' | 'roles'>,
): boolean {
  return (
    managesOrg(viewer, { _id: target.orgId, path: target.orgPath }) &&
    target.roles.every((r) => managesOrg(viewer, { _id: r.orgId, path: r.orgPath }))
  );
}

export function requireAuthorityOver(
  viewer: MemberDoc,
  target: Pick<MemberDoc, 'orgId' | 'orgPath' | 'roles'>,
): void {
  if (!managesOrg(viewer, { _id: target.orgId, path: target.orgPath }))
    throw forbidden('只有本组织的书记或管理员可以进行此操作');
  if (!hasAuthorityOver(viewer, target))
    throw forbidden('该党员在你管理范围以外的组织担任职务，只有其上级组织的管理员可以进行此操作');
}

export function requireSees(member: MemberDoc, org: OrgRef): void {
  if (!seesOrg(member, org)) throw forbidden('没有权限查看该组织的信息');
}
