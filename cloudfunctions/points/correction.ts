import type { MemberDoc, PointEntryDoc } from '../../typings/documents';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { forbidden, notFound } from '../_shared/errors';
import { administersOrg } from '../_shared/scope';

/** As with adjust: nobody changes their own points, a correction included. */
export const OWN_ENTRY = '不能更正自己的积分记录';
export const ALREADY_CORRECTED = '该记录已更正，不能重复更正';

/** A ledger entry an admin may look at to correct: of a member in an organisation they administer. */
export async function loadEntryToCorrect(
  entryId: string,
  viewer: MemberDoc,
): Promise<PointEntryDoc> {
  const entry = await findById<PointEntryDoc>(COLLECTIONS.pointLedger.name, entryId);
  if (!entry) throw notFound('找不到该积分记录');
  if (!administersOrg(viewer, { _id: entry.orgId, path: entry.orgPath })) {
    throw forbidden('只有上级组织管理员可以更正积分记录');
  }
  return entry;
}
