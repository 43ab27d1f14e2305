import type { MemberDoc, OrganisationDoc } from '../../typings/documents';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { notFound } from '../_shared/errors';
import { loadOrg } from '../_shared/organisations';

/** A member and their organisation. Callers check scope before answering anything about them. */
export async function loadMember(id: string): Promise<{ member: MemberDoc; org: OrganisationDoc }> {
  const member = await findById<MemberDoc>(COLLECTIONS.members.name, id);
  if (!member) throw notFound('找不到该党员');
  return { member, org: await loadOrg(member.orgId) };
}
