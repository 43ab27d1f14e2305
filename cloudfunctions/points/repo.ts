import type { MemberDoc, OrganisationDoc } from '../../typings/documents';
import { administeredOrgId } from '../../typings/policy';
import { db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { invalidArgument, notFound } from '../_shared/errors';
import { loadOrg } from '../_shared/organisations';

export async function loadBranch(id: string): Promise<OrganisationDoc> {
  const org = await loadOrg(id);
  if (org.type !== '党支部') throw invalidArgument('请选择一个党支部', 'orgId');
  return org;
}

export async function loadMember(id: string): Promise<{ member: MemberDoc; org: OrganisationDoc }> {
  const member = await findById<MemberDoc>(COLLECTIONS.members.name, id);
  if (!member) throw notFound('找不到该党员');
  return { member, org: await loadOrg(member.orgId) };
}

/** What a page about a member names: who they are and their organisation. */
export type MemberBrief = Pick<MemberDoc, '_id' | 'name' | 'orgId' | 'orgPath'> & {
  orgName: string;
};

/** A member with their organisation's name, joined in the database: one operation, not two. */
export async function loadMemberBrief(id: string): Promise<MemberBrief> {
  const $ = db.command.aggregate;
  const { list } = await db
    .collection(COLLECTIONS.members.name)
    .aggregate()
    .match({ _id: id })
    .lookup({
      from: COLLECTIONS.organisations.name,
      localField: 'orgId',
      foreignField: '_id',
      as: 'org',
    })
    .project({ name: 1, orgId: 1, orgPath: 1, orgName: $.arrayElemAt(['$org.name', 0]) })
    .end<MemberBrief>();
  if (!list[0]) throw notFound('找不到该党员');
  return list[0];
}

/** The widest organisation a member looks at by default: an admin's, else their own branch. */
export function homeOrgId(member: MemberDoc): string {
  return administeredOrgId(member.roles) ?? member.orgId;
}
