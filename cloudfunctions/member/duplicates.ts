import type { MemberDoc } from '../../typings/documents';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { AppError } from '../_shared/errors';
import { managesOrg } from '../_shared/scope';
import { recordIdNumberRefusals } from './audit';
import { invalidIdNumber } from './fields';
import { isPersonKey } from './protect';

const BATCH = 100;

export type Holder = Pick<MemberDoc, '_id' | 'name' | 'orgId' | 'orgPath' | 'idNumberKey'>;

/** The members holding any of these ID keys, by key. */
export async function holdersOf(keys: string[]): Promise<Map<string, Holder>> {
  const found = new Map<string, Holder>();
  const real = [...new Set(keys.filter(isPersonKey))];
  for (let i = 0; i < real.length; i += BATCH) {
    const { data } = (await db
      .collection(COLLECTIONS.members.name)
      .where({ idNumberKey: _.in(real.slice(i, i + BATCH)) })
      .field({ name: true, orgId: true, orgPath: true, idNumberKey: true })
      .limit(BATCH)
      .get()) as unknown as { data: Holder[] };
    for (const m of data) found.set(m.idNumberKey, m);
  }
  return found;
}

/**
 * Why an ID number already on the roster is refused. A caller who manages the member holding
 * it is told so; anyone else gets the answer of a wrong number (same code, message and field),
 * so candidate numbers tell them nothing about organisations they do not manage. Either way
 * the refusal is logged for the admins above both records (audit.ts).
 */
export function duplicateRefusal(viewer: MemberDoc, holder: Holder): AppError {
  return managesOrg(viewer, { _id: holder.orgId, path: holder.orgPath })
    ? new AppError('CONFLICT', '该身份证号码已在党员名册中', 'idNumber')
    : invalidIdNumber();
}

/**
 * The answer, logged, when the unique index refused `key` for a record entered at `enteredAt`
 * (an organisation path). If nobody holds the key any more, the write raced a change of that
 * member's number and a retry may succeed.
 */
export async function refuseDuplicate(
  viewer: MemberDoc,
  key: string,
  enteredAt: string,
): Promise<AppError> {
  const holder = (await holdersOf([key])).get(key);
  if (!holder) return new AppError('CONFLICT', '身份证号码登记冲突，请稍后重试', 'idNumber');
  await recordIdNumberRefusals(viewer, [{ holder, enteredAt }]);
  return duplicateRefusal(viewer, holder);
}
