import type { ActivityDoc, MemberDoc, OrganisationDoc } from '../../typings/documents';
import { forbidden } from '../_shared/errors';
import { managesOrg, seesOrg } from '../_shared/scope';

/** The committee seat that plans the branch's organisational life beside the 书记. */
const ORGANISING_TITLE = '组织委员';

/** The branch's 书记 or 副书记, its 组织委员, or an admin above it plans its activities. */
export function plansFor(member: MemberDoc, org: Pick<OrganisationDoc, '_id' | 'path'>): boolean {
  return (
    managesOrg(member, org) ||
    member.roles.some(
      (r) => r.code === 'committee' && r.title === ORGANISING_TITLE && r.orgId === org._id,
    )
  );
}

const orgOf = (doc: ActivityDoc) => ({ _id: doc.orgId, path: doc.orgPath });

/** Members of the branch (and its 党小组) and whoever manages it. */
export function readsActivity(member: MemberDoc, doc: ActivityDoc): boolean {
  return member.orgPath.startsWith(doc.orgPath) || seesOrg(member, orgOf(doc));
}

export function requireReads(member: MemberDoc, doc: ActivityDoc): void {
  if (!readsActivity(member, doc)) throw forbidden('只有本支部党员可以查看该活动');
}

/** The 主持人, the 记录人, and those who plan for the branch keep the record. */
export function keepsRecord(member: MemberDoc, doc: ActivityDoc): boolean {
  return doc.hostId === member._id || doc.recorderId === member._id || plansFor(member, orgOf(doc));
}

export function requireKeeps(member: MemberDoc, doc: ActivityDoc): void {
  if (!keepsRecord(member, doc))
    throw forbidden('只有主持人、记录人或支部书记、组织委员可以进行此操作');
}
