import type { MemberDoc } from '../../../typings/documents';
import { memberSchemas } from '../../../typings/functions/member';
import { requireMember } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import { transaction } from '../../_shared/db';
import { AppError, invalidArgument } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { requireManages } from '../../_shared/scope';
import { countPatches } from '../member-counts';
import { loadMember, loadOrg } from '../repo';
import { rosterKey } from '../roster-key';
import { toDetail } from '../views';

/**
 * Moves a member to another branch within the caller's scope (both ends must be theirs).
 * A member holding a committee seat keeps it until the branch reassigns it, so they are not
 * moved silently out of office. Counts leave the old branch's chain of organisations and join
 * the new one's; the ancestors both share are not written.
 */
export const move = action({
  schema: memberSchemas.move,
  async handler({ id, orgId }, caller) {
    const viewer = requireMember(caller);
    const { member, org: from } = await loadMember(id);
    const to = await loadOrg(orgId);
    requireManages(viewer, from);
    requireManages(viewer, to);
    if (to.type !== '党支部') throw invalidArgument('党员只能编入党支部', 'orgId');
    if (to._id === from._id) throw invalidArgument('该党员已在这个支部', 'orgId');
    if (member.roles.some((r) => r.code !== 'org_admin')) {
      throw new AppError('CONFLICT', '该党员担任支委职务，请先调整职务再转移');
    }

    const full = member.status === '正式' ? 1 : 0;
    const patch: Partial<MemberDoc> = {
      orgId: to._id,
      orgPath: to.path,
      rosterKey: rosterKey(to.path, member.name, id),
      updatedAt: new Date(),
    };
    const orgs = COLLECTIONS.organisations.name;
    const counts = countPatches([
      { branch: from, all: -1, full: -full },
      { branch: to, all: 1, full },
    ]);
    await transaction(async (tx) => {
      await tx.update(COLLECTIONS.members.name, id, patch);
      for (const [orgId, orgPatch] of counts) await tx.update(orgs, orgId, orgPatch);
    });
    return toDetail({ ...member, ...patch }, { ...to, memberCount: to.memberCount + 1 }, viewer);
  },
});
