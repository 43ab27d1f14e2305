import type {
  MemberDoc,
  OrganisationDoc,
  PointBranchYearDoc,
  PointMemberYearDoc,
  PointPrefsDoc,
} from '../../../typings/documents';
import { pointsSchemas, type Ranking } from '../../../typings/functions/points';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { periodOf, type Period } from '../../_shared/points/period';
import { action } from '../../_shared/router';
import { requireSees } from '../../_shared/scope';
import { pseudonym } from '../pseudonym';
import { competitionRanks } from '../ranks';
import { branchesUnder, homeOrgId, loadBranch, loadOrg } from '../repo';

type PeriodName = 'month' | 'year';

const inPeriod = (
  doc: { total: number; months: Record<string, number> },
  period: PeriodName,
  p: Period,
) => (period === 'year' ? doc.total : (doc.months[p.monthKey] ?? 0));

/**
 * Rankings that respect members (DOMAIN.md §6): branches are compared by points per member,
 * the default view for admins; within a branch, members appear by name only when they opted
 * in, everyone else under a pseudonym, and nobody without points is listed at all.
 */
export const ranking = action({
  schema: pointsSchemas.ranking,
  async handler({ scope, period, orgId }, caller): Promise<Ranking> {
    const viewer = requireMember(caller);
    const p = periodOf(new Date());
    if (scope === 'branch') {
      const org = await loadOrg(orgId ?? homeOrgId(viewer));
      requireSees(viewer, org);
      return { scope, period, items: await rankBranches(org, period, p) };
    }
    const branch = await loadBranch(orgId ?? viewer.orgId);
    requireSees(viewer, branch);
    return { scope, period, items: await rankMembers(branch, viewer, period, p) };
  },
});

async function rankBranches(org: OrganisationDoc, period: PeriodName, p: Period) {
  const [branches, { data: figures }] = await Promise.all([
    branchesUnder(org),
    db
      .collection(COLLECTIONS.pointBranchYears.name)
      .where({ year: p.year, orgPath: _.gte(org.path).and(_.lt(`${org.path}\uffff`)) })
      .limit(1000)
      .get() as unknown as Promise<{ data: PointBranchYearDoc[] }>,
  ]);
  const byOrg = new Map(figures.map((f) => [f.orgId, inPeriod(f, period, p)]));
  const rows = branches.map((b) => {
    const total = byOrg.get(b._id) ?? 0;
    const average = b.memberCount ? Math.round((total / b.memberCount) * 10) / 10 : 0;
    return { orgId: b._id, name: b.name, memberCount: b.memberCount, total, average };
  });
  rows.sort(
    (a, b) => b.average - a.average || b.total - a.total || a.name.localeCompare(b.name, 'zh'),
  );
  const ranks = competitionRanks(rows, (r) => r.average);
  return rows.map((r, i) => ({ rank: ranks[i], ...r }));
}

async function rankMembers(
  branch: OrganisationDoc,
  viewer: MemberDoc,
  period: PeriodName,
  p: Period,
) {
  const { data } = (await db
    .collection(COLLECTIONS.pointMemberYears.name)
    .where({ orgId: branch._id, year: p.year })
    .field({ memberId: true, total: true, months: true })
    .limit(1000)
    .get()) as unknown as { data: Pick<PointMemberYearDoc, 'memberId' | 'total' | 'months'>[] };
  const rows = data
    .map((d) => ({ memberId: d.memberId, points: inPeriod(d, period, p) }))
    .filter((r) => r.points > 0)
    .sort((a, b) => b.points - a.points || a.memberId.localeCompare(b.memberId));
  const names = await namesOfOptedIn(
    rows.map((r) => r.memberId),
    viewer,
  );
  const ranks = competitionRanks(rows, (r) => r.points);
  return rows.map((r, i) => ({
    rank: ranks[i],
    name: names.get(r.memberId) ?? pseudonym(r.memberId, p.year),
    points: r.points,
    self: r.memberId === viewer._id,
  }));
}

/** Names of the listed members who chose to appear, and the viewer's own. */
async function namesOfOptedIn(ids: string[], viewer: MemberDoc): Promise<Map<string, string>> {
  const names = new Map([[viewer._id, viewer.name]]);
  if (ids.length === 0) return names;
  const { data: prefs } = (await db
    .collection(COLLECTIONS.pointPrefs.name)
    .where({ _id: _.in(ids), visible: true })
    .limit(1000)
    .get()) as unknown as { data: PointPrefsDoc[] };
  const shown = prefs.map((x) => x._id).filter((id) => id !== viewer._id);
  if (shown.length === 0) return names;
  const { data } = (await db
    .collection(COLLECTIONS.members.name)
    .where({ _id: _.in(shown) })
    .field({ name: true })
    .limit(1000)
    .get()) as unknown as { data: Pick<MemberDoc, '_id' | 'name'>[] };
  for (const m of data) names.set(m._id, m.name);
  return names;
}
