import type { OrganisationDoc } from '../../typings/documents';
import { COLLECTIONS } from './collections';
import { findById } from './db';
import { notFound } from './errors';

export async function loadOrg(id: string): Promise<OrganisationDoc> {
  const org = await findById<OrganisationDoc>(COLLECTIONS.organisations.name, id);
  if (!org) throw notFound('找不到该组织');
  return org;
}
