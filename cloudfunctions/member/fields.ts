import type * as z from 'zod';
import type { MemberDoc } from '../../typings/documents';
import type { memberFieldsSchema } from '../../typings/functions/member';
import * as clock from '../_shared/clock';
import { invalidArgument } from '../_shared/errors';
import { newId } from '../_shared/ids';
import { birthDateOf, isValidIdNumber } from './rules/id-number';
import { maskIdNumber, maskPhone } from './rules/mask';
import { idNumberKey, seal } from './protect';
import { rosterKey } from './roster-key';

export type MemberFields = z.infer<typeof memberFieldsSchema>;

/** The stored fields that follow from entered ones: sealed and masked numbers, the ID key. */
export type StoredFields = Partial<
  Omit<
    MemberDoc,
    | '_id'
    | 'orgId'
    | 'orgPath'
    | 'roles'
    | 'rosterKey'
    | 'openid'
    | 'nickname'
    | 'avatar'
    | 'createdAt'
    | 'updatedAt'
  >
>;

/** The answer for an ID number whose check character is wrong. */
export const invalidIdNumber = () => invalidArgument('身份证号码校验不通过，请核对', 'idNumber');

/**
 * Checks what a schema cannot see — the ID checksum, dates that agree with each other and
 * with the status — over the record as it will be after the change, and returns the
 * fields to store. Throws INVALID_ARGUMENT naming the field.
 */
export function toStoredFields(
  memberId: string,
  input: Partial<MemberFields>,
  before?: MemberDoc,
): StoredFields {
  const { idNumber, phone, ...plain } = input;
  const after = { ...before, ...plain };
  if (idNumber !== undefined && idNumber !== null && !isValidIdNumber(idNumber)) {
    throw invalidIdNumber();
  }
  if (idNumber && after.birthDate && birthDateOf(idNumber) !== after.birthDate) {
    throw invalidArgument('出生日期与身份证号码不一致', 'birthDate');
  }
  if (after.status === '预备' && after.fullMemberDate) {
    throw invalidArgument('预备党员不应有转正日期', 'fullMemberDate');
  }
  if (after.joinedDate && after.fullMemberDate && after.fullMemberDate < after.joinedDate) {
    throw invalidArgument('转正日期不能早于入党日期', 'fullMemberDate');
  }
  const stored: StoredFields = { ...plain };
  if (idNumber !== undefined) {
    stored.idNumberEnc = idNumber ? seal(idNumber) : null;
    stored.idNumberMasked = idNumber ? maskIdNumber(idNumber) : null;
    stored.idNumberKey = idNumberKey(idNumber, memberId);
    // A number entered replaces one held pending (duplicates.ts).
    stored.idNumberPendingEnc = null;
    stored.idNumberPendingKey = null;
    if (idNumber && !after.birthDate) stored.birthDate = birthDateOf(idNumber);
  }
  if (phone !== undefined) {
    stored.phoneEnc = phone ? seal(phone) : null;
    stored.phoneMasked = phone ? maskPhone(phone) : null;
  }
  return stored;
}

/**
 * The stored fields with the entered ID number held pending instead of accepted, because
 * members outside the enterer's scope hold it (duplicates.ts): the same mask, so nobody who may
 * not read the number can tell, but no accepted number and nothing in the unique index.
 */
export function holdIdNumberPending<T extends StoredFields>(stored: T, memberId: string): T {
  return {
    ...stored,
    idNumberEnc: null,
    idNumberKey: idNumberKey(null, memberId),
    idNumberPendingEnc: stored.idNumberEnc,
    idNumberPendingKey: stored.idNumberKey,
  };
}

/** A new, unbound roster entry in `branch` from a complete set of entered fields. */
export function newMemberDoc(
  fields: MemberFields,
  branch: { _id: string; path: string },
): MemberDoc {
  const _id = newId();
  const now = clock.now();
  // Every field was entered, so every stored field is present.
  return {
    _id,
    ...toStoredFields(_id, fields),
    orgId: branch._id,
    orgPath: branch.path,
    roles: [],
    rosterKey: rosterKey(branch.path, fields.name, _id),
    openid: null,
    nickname: null,
    avatar: null,
    createdAt: now,
    updatedAt: now,
  } as MemberDoc;
}
