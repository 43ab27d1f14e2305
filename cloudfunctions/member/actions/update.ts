import type { MemberDoc, OrganisationDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { COLLECTIONS } from '../../_shared/collections';
import { transaction } from '../../_shared/db';
import { action } from '../../_shared/router';
import { requireAuthorityOver } from '../../_shared/scope';
import { writeWithIdNumber } from '../duplicates';
import { holdIdNumberPending, toStoredFields } from '../fields';
import { countPatches } from '../member-counts';
import { idNumberKey } from '../protect';
import { loadMember } from '../repo';
import { rosterKey } from '../roster-key';
import { toDetail } from '../views';

/**
 * Edits a roster entry, for someone with authority over the member's branch and every
 * organisation their roles cover. The 正式党员 counts of the branch and its ancestors, the
 * roster key and the committee's copy of the name change with it, in one transaction over the
 * record as it is now. An ID number other members hold is refused or held pending
 * (duplicates.ts).
 */
export const update = action('member', 'update', {
  async handler({ id, ...changes }, caller) {
    const viewer = requireMember(caller);
    const { member: seen } = await loadMember(id);
    requireAuthorityOver(viewer, seen);

    // A wrong number or dates are refused before anyone asks who holds the number.
    toStoredFields(id, changes, seen);
    const members = COLLECTIONS.members.name;
    const orgs = COLLECTIONS.organisations.name;
    const entered = { _id: id, name: changes.name ?? seen.name, orgPath: seen.orgPath };
    const key = changes.idNumber ? idNumberKey(changes.idNumber, id) : null;
    const updated = await writeWithIdNumber(viewer, entered, key, (pending) =>
      transaction(async (tx): Promise<{ member: MemberDoc; org: OrganisationDoc }> => {
        const before = await tx.get<MemberDoc>(members, id);
        requireAuthorityOver(viewer, before);
        const branch = await tx.get<OrganisationDoc>(orgs, before.orgId);
        const stored = toStoredFields(id, changes, before);
        const patch: Partial<MemberDoc> = {
          ...(pending ? holdIdNumberPending(stored, id) : stored),
          updatedAt: now(),
        };
        const renamed = changes.name !== undefined && changes.name !== before.name;
        if (renamed) patch.rosterKey = rosterKey(before.orgPath, changes.name as string, id);
        await tx.update(members, id, patch);

        const delta =
          changes.status && changes.status !== before.status
            ? changes.status === '正式'
              ? 1
              : -1
            : 0;
        const patches = countPatches([{ branch, all: 0, full: delta }]);
        if (renamed && branch.committee.some((s) => s.memberId === id)) {
          const committee = branch.committee.map((s) =>
            s.memberId === id ? { ...s, name: changes.name } : s,
          );
          patches.set(branch._id, { ...patches.get(branch._id), committee });
        }
        for (const [orgId, orgPatch] of patches) await tx.update(orgs, orgId, orgPatch);
        return {
          member: { ...before, ...patch },
          org: { ...branch, fullMemberCount: branch.fullMemberCount + delta },
        };
      }),
    );
    return toDetail(updated.member, updated.org, viewer);
  },
});
