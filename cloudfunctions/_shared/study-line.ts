import type { BranchMemberHours, MemberDoc, Role, StudyYearDoc } from '../../typings/documents';

/**
 * A member's line in their branch's year of study figures (docs/domain.md §7.12): verified
 * seconds and offline 学时 from their year, and the role codes their requirement depends on.
 */
export function branchLine(
  member: Pick<MemberDoc, 'name'> & { roles: Pick<Role, 'code'>[] },
  year: Pick<StudyYearDoc, 'onlineSeconds' | 'offlineHours'> | null,
): BranchMemberHours {
  return {
    name: member.name,
    onlineSeconds: year?.onlineSeconds ?? 0,
    offline: year?.offlineHours ?? 0,
    roles: member.roles.map((r) => ({ code: r.code })),
  };
}
