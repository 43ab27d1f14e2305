import type { MemberDoc, OrganisationDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { transaction } from '../../_shared/db';
import { AppError, invalidArgument } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { requireManages } from '../../_shared/scope';
import { writeWithIdNumber } from '../duplicates';
import { holdIdNumberPending, newMemberDoc } from '../fields';
import { countPatches } from '../member-counts';
import { rosterKey } from '../roster-key';
import { toDetail } from '../views';

/**
 * Adds a roster entry to a branch, with the branch's counts and the subtree counts of it and
 * every ancestor, in one transaction. An ID number other members hold is refused or held
 * pending (duplicates.ts).
 */
export const create = action('member', 'create', {
  async handler({ orgId, confirmDuplicate, idNumberUnknownReason, ...fields }, caller) {
    const viewer = requireMember(caller);
    const org = await loadOrg(orgId);
    requireManages(viewer, org);
    if (org.type !== '党支部') throw invalidArgument('党员只能编入党支部', 'orgId');

    const entered: MemberDoc = {
      ...newMemberDoc(fields, org),
      idNumberUnknownReason: fields.idNumber ? null : (idNumberUnknownReason ?? null),
    };
    if (!confirmDuplicate) await warnOfLikelyDuplicate(org, entered);
    const key = fields.idNumber ? entered.idNumberKey : null;
    const member = await writeWithIdNumber(viewer, entered, key, async (pending) => {
      const doc = pending ? holdIdNumberPending(entered, entered._id) : entered;
      await transaction(async (tx) => {
        await tx.add(COLLECTIONS.members.name, doc);
        const full = doc.status === '正式' ? 1 : 0;
        for (const [id, patch] of countPatches([{ branch: org, all: 1, full }]))
          await tx.update(COLLECTIONS.organisations.name, id, patch);
      });
      return doc;
    });
    return toDetail(member, { ...org, memberCount: org.memberCount + 1 }, viewer);
  },
});

/**
 * A member of the same name and birth date already in the branch is most likely the same
 * person entered twice: the secretary is asked to confirm before a second record is added.
 * One range of the roster key (the branch's members of that name).
 */
async function warnOfLikelyDuplicate(org: OrganisationDoc, entered: MemberDoc): Promise<void> {
  if (!entered.birthDate) return;
  const from = rosterKey(org.path, entered.name, '');
  const { data } = await db
    .collection(COLLECTIONS.members.name)
    .where({ rosterKey: _.gte(from).and(_.lt(`${from}\uffff`)) })
    .field({ birthDate: true })
    .limit(100)
    .get<Pick<MemberDoc, '_id' | 'birthDate'>>();
  if (data.some((m) => m.birthDate === entered.birthDate)) {
    throw new AppError(
      'CONFLICT',
      `本支部已有同名且出生日期相同的党员“${entered.name}”，可能是重复登记。确认不是同一人的，请再次提交`,
      'confirmDuplicate',
    );
  }
}
