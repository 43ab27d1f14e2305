import type { MemberDoc, OrganisationDoc } from '../../../typings/documents';
import { memberSchemas, type OrgNode } from '../../../typings/functions/member';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { action } from '../../_shared/router';
import { requireSees } from '../../_shared/scope';
import { chinaToday } from '../../_shared/time';
import { loadOrg } from '../repo';
import { orgWarnings, termEnd } from '../rules/org-warnings';

const BATCH = 1000;

/** The widest organisation the member may look at: an admin's, else their own branch. */
function homeOrgId(member: MemberDoc): string {
  const admin = member.roles.find((r) => r.code === 'org_admin');
  return admin?.orgId ?? member.orgId;
}

/**
 * An organisation and everything under it, ordered by path (parents before children), each
 * with its maintained counts and the warnings the regulations give it. One indexed range
 * read per thousand organisations.
 */
export const orgTree = action({
  schema: memberSchemas.orgTree,
  async handler({ rootId }, caller) {
    const viewer = requireMember(caller);
    const root = await loadOrg(rootId ?? homeOrgId(viewer));
    requireSees(viewer, root);

    const orgs: OrganisationDoc[] = [];
    let after: string | null = null;
    for (;;) {
      const { data } = (await db
        .collection(COLLECTIONS.organisations.name)
        .where({
          path: after
            ? _.gt(after).and(_.lt(`${root.path}\uffff`))
            : _.gte(root.path).and(_.lt(`${root.path}\uffff`)),
        })
        .orderBy('path', 'asc')
        .limit(BATCH)
        .get()) as unknown as { data: OrganisationDoc[] };
      orgs.push(...data);
      if (data.length < BATCH) break;
      after = data[data.length - 1].path;
    }
    const today = chinaToday();
    return { items: orgs.map((o) => toNode(o, today)) };
  },
});

function toNode(o: OrganisationDoc, today: string): OrgNode {
  return {
    _id: o._id,
    name: o.name,
    type: o.type,
    parentId: o.parentId,
    path: o.path,
    depth: o.depth,
    memberCount: o.memberCount,
    fullMemberCount: o.fullMemberCount,
    electedAt: o.electedAt,
    termEnd: o.electedAt ? termEnd(o.electedAt, o.termYears) : null,
    committee: o.committee,
    warnings: orgWarnings(
      {
        type: o.type,
        fullMembers: o.fullMemberCount,
        committeeSize: o.committee.length,
        electedAt: o.electedAt,
        termYears: o.termYears,
      },
      today,
    ),
  };
}
