import { groupBy } from 'lodash-es';
import type { MemberDoc, OrganisationDoc } from '../../../typings/documents';
import type { OrgNode } from '../../../typings/functions/member';
import { administeredOrgId } from '../../../typings/policy';
import { requireMember } from '../../_shared/caller';
import { chinaToday } from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { requireSees } from '../../_shared/scope';
import { orgWarnings, termEnd } from '../rules/org-warnings';

const BATCH = 1000;

/** The widest organisation the member may look at: an admin's, else their own branch. */
function homeOrgId(member: MemberDoc): string {
  return administeredOrgId(member.roles) ?? member.orgId;
}

/**
 * An organisation and the levels under it (all of them without `depth`), parents before
 * children, each with its maintained counts and the warnings the regulations give it. Asked
 * by `depth`, each node also carries its subtree's maintained member counts, so levels left
 * unread need no summing.
 */
export const orgTree = action('member', 'orgTree', {
  async handler({ rootId, depth }, caller) {
    const viewer = requireMember(caller);
    const root = await loadOrg(rootId ?? homeOrgId(viewer));
    requireSees(viewer, root);
    const today = chinaToday();
    if (!depth) return { items: (await wholeSubtree(root)).map((o) => toNode(o, today)) };

    const orgs = await levelsUnder(root, depth);
    return {
      items: preOrder(root, orgs).map((o) => ({
        ...toNode(o, today),
        subtree: { memberCount: o.subtreeMemberCount, fullMemberCount: o.subtreeFullMemberCount },
      })),
    };
  },
});

/** Ordered by path: one indexed range read per thousand organisations. */
async function wholeSubtree(root: OrganisationDoc): Promise<OrganisationDoc[]> {
  const orgs: OrganisationDoc[] = [];
  let after: string | null = null;
  for (;;) {
    const { data }: { data: OrganisationDoc[] } = await db
      .collection(COLLECTIONS.organisations.name)
      .where({
        path: after
          ? _.gt(after).and(_.lt(`${root.path}\uffff`))
          : _.gte(root.path).and(_.lt(`${root.path}\uffff`)),
      })
      .orderBy('path', 'asc')
      .limit(BATCH)
      .get();
    orgs.push(...data);
    if (data.length < BATCH) return orgs;
    after = data[data.length - 1].path;
  }
}

/** A 党支部 is the bottom of the tree: nothing is ever asked below it. */
const mayHaveChildren = (o: OrganisationDoc) => o.type !== '党支部';

/**
 * The root and up to `depth` levels under it, one read of the parent index per level: it reads
 * only the organisations returned, where the path index would walk the whole subtree.
 */
async function levelsUnder(root: OrganisationDoc, depth: number): Promise<OrganisationDoc[]> {
  const orgs = [root];
  let parents = mayHaveChildren(root) ? [root] : [];
  for (let level = 0; level < depth && parents.length > 0; level++) {
    const children = await childrenOf(parents.map((p) => p._id));
    orgs.push(...children);
    parents = children.filter(mayHaveChildren);
  }
  return orgs;
}

/** Ordered by parent then name; a level past one batch (rare) is read on by offset. */
async function childrenOf(parentIds: string[]): Promise<OrganisationDoc[]> {
  const found: OrganisationDoc[] = [];
  for (;;) {
    const { data } = await db
      .collection(COLLECTIONS.organisations.name)
      .where({ parentId: _.in(parentIds) })
      .orderBy('parentId', 'asc')
      .orderBy('name', 'asc')
      .skip(found.length)
      .limit(BATCH)
      .get<OrganisationDoc>();
    found.push(...data);
    if (data.length < BATCH) return found;
  }
}

/** Parents before children, siblings in the order read (by name). */
function preOrder(root: OrganisationDoc, orgs: OrganisationDoc[]): OrganisationDoc[] {
  const children = groupBy(orgs.slice(1), (o) => o.parentId);
  const ordered: OrganisationDoc[] = [];
  const visit = (o: OrganisationDoc) => {
    ordered.push(o);
    for (const child of children[o._id] ?? []) visit(child);
  };
  visit(root);
  return ordered;
}

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
