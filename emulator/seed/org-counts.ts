import type { OrganisationDoc } from '../../typings/documents';

/**
 * Sets each organisation's subtree counts from its own counts and those of everything under it
 * in `orgs`, as the member function maintains them: for seeds and fixtures that build a tree
 * whole rather than member by member.
 */
export function addUpSubtrees(orgs: OrganisationDoc[]): void {
  const byId = new Map(orgs.map((o) => [o._id, o]));
  for (const o of orgs) {
    o.subtreeMemberCount = 0;
    o.subtreeFullMemberCount = 0;
  }
  for (const o of orgs) {
    for (const id of o.path.split('/').filter(Boolean)) {
      const ancestor = byId.get(id);
      if (!ancestor) continue;
      ancestor.subtreeMemberCount += o.memberCount;
      ancestor.subtreeFullMemberCount += o.fullMemberCount;
    }
  }
}
