import { requireMember } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import { transaction } from '../../_shared/db';
import { invalidArgument } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { requireManages } from '../../_shared/scope';
import { writeWithIdNumber } from '../duplicates';
import { holdIdNumberPending, newMemberDoc } from '../fields';
import { countPatches } from '../member-counts';
import { toDetail } from '../views';

/**
 * Adds a roster entry to a branch, with the branch's counts and the subtree counts of it and
 * every ancestor, in one transaction. An ID number other members hold is refused or held
 * pending (duplicates.ts).
 */
export const create = action('member', 'create', {
  async handler({ orgId, ...fields }, caller) {
    const viewer = requireMember(caller);
    const org = await loadOrg(orgId);
    requireManages(viewer, org);
    if (org.type !== '党支部') throw invalidArgument('党员只能编入党支部', 'orgId');

    const entered = newMemberDoc(fields, org);
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
