import type { OrganisationDoc } from '../../typings/documents';

/**
 * An organisation document for fixtures: parent and depth follow from the materialised path.
 * Its subtree counts are its own; a fixture of several levels adds them up with addUpSubtrees.
 */
export function organisationDoc(
  _id: string,
  type: OrganisationDoc['type'],
  name: string,
  path: string,
  members = 0,
): OrganisationDoc {
  const ids = path.split('/').filter(Boolean);
  const now = new Date();
  return {
    _id,
    type,
    name,
    parentId: ids.at(-2) ?? null,
    path,
    depth: ids.length - 1,
    electedAt: null,
    termYears: 3,
    committee: [],
    memberCount: members,
    fullMemberCount: members,
    subtreeMemberCount: members,
    subtreeFullMemberCount: members,
    createdAt: now,
    updatedAt: now,
  };
}
