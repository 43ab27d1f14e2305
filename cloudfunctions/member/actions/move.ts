import type { MemberDoc, OrganisationDoc } from '../../../typings/documents';
import { isAdminRole } from '../../../typings/policy';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { COLLECTIONS } from '../../_shared/collections';
import { transaction } from '../../_shared/db';
import { isTransactionConflict } from '../../_shared/db-errors';
import { AppError, invalidArgument } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { moveStudyFigures } from '../../_shared/study-figures';
import { requireAuthorityOver, requireManages } from '../../_shared/scope';
import { countPatches } from '../member-counts';
import { loadMember } from '../repo';
import { rosterKey } from '../roster-key';
import { toDetail } from '../views';

/**
 * Moves a member to another branch within the caller's scope (both ends must be theirs, and
 * so must every organisation the member's roles cover). A member holding a committee seat keeps
 * it until the branch reassigns it, so they are not moved silently out of office. Counts leave
 * the old branch's chain of organisations and join the new one's; the ancestors both share are
 * not written. So do the school's figures: assigned courses and the year's 学时.
 */
export const move = action('member', 'move', {
  async handler({ id, orgId }, caller) {
    const viewer = requireMember(caller);
    const { member: seen } = await loadMember(id);
    requireAuthorityOver(viewer, seen);
    const to = await loadOrg(orgId);
    requireManages(viewer, to);
    if (to.type !== '党支部') throw invalidArgument('党员只能编入党支部', 'orgId');

    const members = COLLECTIONS.members.name;
    const orgs = COLLECTIONS.organisations.name;
    const moved = await transaction(async (tx) => {
      // Everything the move depends on is read again here: a move that raced this one has
      // changed the member's branch, and the counts must follow the branch they leave now.
      const member = await tx.get<MemberDoc>(members, id);
      requireAuthorityOver(viewer, member);
      if (member.orgId === orgId)
        throw new AppError('CONFLICT', '该党员已在这个支部，无需重复转移', 'orgId');
      if (member.roles.some((r) => !isAdminRole(r)))
        throw new AppError('CONFLICT', '该党员担任支委职务，请先调整职务再转移');
      const branch = await tx.get<OrganisationDoc>(orgs, orgId);
      const full = member.status === '正式' ? 1 : 0;
      const patch: Partial<MemberDoc> = {
        orgId: branch._id,
        orgPath: branch.path,
        rosterKey: rosterKey(branch.path, member.name, id),
        updatedAt: now(),
      };
      await tx.update(members, id, patch);
      const counts = countPatches([
        { branch: { _id: member.orgId, path: member.orgPath }, all: -1, full: -full },
        { branch, all: 1, full },
      ]);
      for (const [changed, orgPatch] of counts) await tx.update(orgs, changed, orgPatch);
      return {
        member: { ...member, ...patch },
        from: member.orgId,
        to: { ...branch, memberCount: branch.memberCount + 1 },
      };
    }).catch((error: unknown) => {
      if (isTransactionConflict(error))
        throw new AppError('CONFLICT', '该党员正在被他人转移，请刷新后查看');
      throw error;
    });
    // The school's branch figures follow the member (docs/domain.md §7.12).
    await moveStudyFigures(moved.member, moved.from, moved.to, now());
    return toDetail(moved.member, moved.to, viewer);
  },
});
