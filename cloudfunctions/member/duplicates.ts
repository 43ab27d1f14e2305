import type { MemberDoc } from '../../typings/documents';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { isDuplicateKey } from '../_shared/db-errors';
import { AppError } from '../_shared/errors';
import { administersOrg, managesOrg } from '../_shared/scope';
import { type IdNumberClash, recordIdNumberClashes } from './audit';
import { isPersonKey } from './protect';

const BATCH = 100;
const PAGE = 1000;

/*
 * An ID number that other members already hold. A caller who manages one of them is told
 * (CONFLICT): they see both records. If every holder is outside the caller's scope, any answer
 * that differed from the one for a fresh number would tell them that the person is on the
 * roster somewhere (a caller can compute the checksum, so "invalid" would tell them too). So
 * the caller is answered exactly as if the number had been accepted: it is stored masked as
 * usual, but held pending on the record (sealed, outside the unique index, with no accepted
 * number beside it), and the case goes to the audit log of the admins who see all the records
 * involved (audit.ts). They settle it by editing the records, where the clash is refused to
 * them as a CONFLICT. Both kinds are logged: repeated entries are how numbers are guessed.
 */

export type Holder = Pick<MemberDoc, '_id' | 'name' | 'orgId' | 'orgPath'>;

/** The members holding each of these ID keys: accepted (the unique index) or held pending. */
export async function holdersOf(keys: string[]): Promise<Map<string, Holder[]>> {
  const found = new Map<string, Holder[]>();
  const real = [...new Set(keys.filter(isPersonKey))];
  for (const field of ['idNumberKey', 'idNumberPendingKey'] as const) {
    for (let i = 0; i < real.length; i += BATCH) {
      // Pending keys are not unique: page until a batch's holders are all read.
      for (let skip = 0; ; skip += PAGE) {
        const { data } = await db
          .collection(COLLECTIONS.members.name)
          .where({ [field]: _.in(real.slice(i, i + BATCH)) })
          .field({ name: true, orgId: true, orgPath: true, [field]: true })
          .skip(skip)
          .limit(PAGE)
          .get<Holder & Partial<Record<typeof field, string | null>>>();
        for (const { [field]: key, ...holder } of data) {
          if (key) found.set(key, [...(found.get(key) ?? []), holder]);
        }
        if (data.length < PAGE) break;
      }
    }
  }
  return found;
}

export type Verdict =
  | { kind: 'free' }
  /** Some holder is in the caller's scope: refused, and they are told why. */
  | { kind: 'conflict'; holders: Holder[] }
  /** Every holder is outside the caller's scope: held pending, answered as accepted. */
  | { kind: 'elsewhere'; holders: Holder[] };

/**
 * What becomes of a number `holders` hold when `viewer` enters it for the record `selfId` (a
 * new record holds nothing yet). A pending holder in scope counts like an accepted one: had
 * that number been accepted, this one would be refused.
 */
export function judge(viewer: MemberDoc, holders: Holder[] = [], selfId?: string): Verdict {
  const others = holders.filter((h) => h._id !== selfId);
  if (!others.length) return { kind: 'free' };
  const seen = others.filter((h) => managesOrg(viewer, { _id: h.orgId, path: h.orgPath }));
  return seen.length ? { kind: 'conflict', holders: seen } : { kind: 'elsewhere', holders: others };
}

export const duplicateConflict = () =>
  new AppError('CONFLICT', '该身份证号码已在党员名册中', 'idNumber');

/**
 * Writes a record with an ID number whose key is `key` (null when none was entered):
 * `write(pending)` stores it accepted, or held pending when every other holder is outside the
 * caller's scope. A holder in scope refuses it. Either case is logged. The unique index stays
 * the guard for accepted numbers: if it refuses the write, the number was entered elsewhere
 * since the check, and the check is made once more.
 */
export async function writeWithIdNumber<T>(
  viewer: MemberDoc,
  entered: IdNumberClash['entered'],
  key: string | null,
  write: (pending: boolean) => Promise<T>,
): Promise<T> {
  if (!key) return write(false);
  for (let attempt = 0; ; attempt++) {
    const verdict = judge(viewer, (await holdersOf([key])).get(key), entered._id);
    if (verdict.kind === 'conflict') {
      await recordIdNumberClashes(viewer, 'id_number_refused', [
        { entered, holders: verdict.holders },
      ]);
      throw duplicateConflict();
    }
    let written: T;
    try {
      written = await write(verdict.kind === 'elsewhere');
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      if (attempt > 0) throw new AppError('CONFLICT', '身份证号码登记冲突，请稍后重试', 'idNumber');
      continue;
    }
    if (verdict.kind === 'elsewhere') {
      await recordIdNumberClashes(viewer, 'id_number_duplicate', [
        { entered, holders: verdict.holders },
      ]);
    }
    return written;
  }
}

/**
 * Which of `members` (numbers held pending) `viewer` is told are pending on a full read: only
 * an admin of the record who also administers every other member now holding the number, as
 * the case was filed. The member themself, and an admin who does not see the other records,
 * read the number as accepted, as its enterer was answered.
 */
export async function pendingShownTo(
  viewer: MemberDoc,
  members: Pick<MemberDoc, '_id' | 'orgId' | 'orgPath' | 'idNumberPendingKey'>[],
): Promise<Set<string>> {
  const administers = (m: Pick<MemberDoc, 'orgId' | 'orgPath'>) =>
    administersOrg(viewer, { _id: m.orgId, path: m.orgPath });
  const pending = members.filter((m) => m.idNumberPendingKey && administers(m));
  if (!pending.length) return new Set();
  const holders = await holdersOf(pending.map((m) => m.idNumberPendingKey as string));
  return new Set(
    pending
      .filter((m) =>
        (holders.get(m.idNumberPendingKey as string) ?? [])
          .filter((h) => h._id !== m._id)
          .every(administers),
      )
      .map((m) => m._id),
  );
}
