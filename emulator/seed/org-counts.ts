import { countSums } from '../../cloudfunctions/member/count-sums';
import type { OrganisationDoc } from '../../typings/documents';

/**
 * Sets each organisation's subtree counts from the own counts of everything in `orgs`, by the
 * rule the member function maintains them with: for seeds and fixtures that build a tree whole
 * rather than member by member.
 */
export function addUpSubtrees(orgs: OrganisationDoc[]): void {
  const sums = countSums(
    orgs.map((o) => ({ branch: o, all: o.memberCount, full: o.fullMemberCount })),
  );
  for (const o of orgs) {
    const sum = sums.get(o._id);
    o.subtreeMemberCount = sum?.subtreeMemberCount ?? 0;
    o.subtreeFullMemberCount = sum?.subtreeFullMemberCount ?? 0;
  }
}
