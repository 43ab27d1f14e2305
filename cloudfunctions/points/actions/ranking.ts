import type {
  MemberDoc,
  OrganisationDoc,
  PointBranchYearDoc,
  PointMemberYearDoc,
  PointPrefsDoc,
  PointRankPageDoc,
} from '../../../typings/documents';
import type { Ranking } from '../../../typings/functions/points';
import { branchesUnder } from '../../_shared/branches';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { loadOrg } from '../../_shared/organisations';
import { periodOf, type Period } from '../../_shared/points/period';
import { action } from '../../_shared/router';
import { requireSees } from '../../_shared/scope';
import { rankBranches } from '../branch-ranking';
import { inPeriod, periodKeyOf, type PeriodName } from '../periods';
import { pseudonym, pseudonymKey } from '../pseudonym';
import { cursorOfPage, pageOfCursor, rankPageId, rowsOfPage } from '../rank-pages';
import { competitionRanks } from '../ranks';
import { homeOrgId, loadBranch } from '../repo';

/**
 * Rankings that respect members (docs/domain.md §6.2): branches are compared by points per member,
 * the default view for admins; within a branch, members appear by name only when they opted
 * in, everyone else under a pseudonym, and nobody without points is listed at all.
 */
export const ranking = action('points', 'ranking', {
  async handler(data, caller): Promise<Ranking> {
    const viewer = requireMember(caller);
    const p = periodOf(now());
    const { period } = data;
    if (data.scope === 'branch') {
      const orgId = data.orgId ?? homeOrgId(viewer);
      const page = pageOfCursor(data.cursor);
      // Read side by side: a stored page costs one read more, a live ranking a round trip less.
      const [org, stored] = await Promise.all([
        loadOrg(orgId),
        findById<PointRankPageDoc>(
          COLLECTIONS.pointRankPages.name,
          rankPageId(orgId, period, periodKeyOf(period, p), page),
        ),
      ]);
      requireSees(viewer, org);
      if (stored) {
        return {
          scope: 'branch',
          period,
          items: stored.items,
          nextCursor: cursorOfPage(page, stored.pages),
          asOf: new Date(stored.builtAt).toISOString(),
        };
      }
      // Not a large organisation (or its snapshot is not built yet): ranked on request, exact.
      const rows = await liveBranchRanking(org, period, p);
      return { scope: 'branch', period, ...rowsOfPage(rows, page), asOf: null };
    }
    const branch = await loadBranch(data.orgId ?? viewer.orgId);
    requireSees(viewer, branch);
    const items = await rankMembers(branch, viewer, period, p);
    return { scope: 'members', period, items, nextCursor: null, asOf: null };
  },
});

async function liveBranchRanking(org: OrganisationDoc, period: PeriodName, p: Period) {
  const [branches, { data: figures }] = await Promise.all([
    branchesUnder(org),
    db
      .collection(COLLECTIONS.pointBranchYears.name)
      .where({ year: p.year, orgPath: _.gte(org.path).and(_.lt(`${org.path}\uffff`)) })
      .limit(1000)
      .get<PointBranchYearDoc>(),
  ]);
  const byOrg = new Map(figures.map((f) => [f.orgId, inPeriod(f, period, p)]));
  return rankBranches(
    branches.map((b) => ({
      orgId: b._id,
      name: b.name,
      memberCount: b.memberCount,
      total: byOrg.get(b._id) ?? 0,
    })),
  );
}

async function rankMembers(
  branch: OrganisationDoc,
  viewer: MemberDoc,
  period: PeriodName,
  p: Period,
) {
  const { data } = await db
    .collection(COLLECTIONS.pointMemberYears.name)
    .where({ orgId: branch._id, year: p.year })
    .field({ memberId: true, total: true, months: true })
    .limit(1000)
    .get<Pick<PointMemberYearDoc, 'memberId' | 'total' | 'months'>>();
  const rows = data
    .map((d) => ({ memberId: d.memberId, points: inPeriod(d, period, p) }))
    .filter((r) => r.points > 0)
    .sort((a, b) => b.points - a.points || a.memberId.localeCompare(b.memberId));
  const names = await namesOfOptedIn(
    rows.map((r) => r.memberId),
    viewer,
  );
  const ranks = competitionRanks(rows, (r) => r.points);
  const key = pseudonymKey();
  return rows.map((r, i) => ({
    rank: ranks[i],
    name: names.get(r.memberId) ?? pseudonym(r.memberId, p.year, key),
    points: r.points,
    self: r.memberId === viewer._id,
  }));
}

/** Names of the listed members who chose to appear, and the viewer's own. */
async function namesOfOptedIn(ids: string[], viewer: MemberDoc): Promise<Map<string, string>> {
  const names = new Map([[viewer._id, viewer.name]]);
  if (ids.length === 0) return names;
  const { data: prefs } = await db
    .collection(COLLECTIONS.pointPrefs.name)
    .where({ _id: _.in(ids), visible: true })
    .limit(1000)
    .get<PointPrefsDoc>();
  const shown = prefs.map((x) => x._id).filter((id) => id !== viewer._id);
  if (shown.length === 0) return names;
  const { data } = await db
    .collection(COLLECTIONS.members.name)
    .where({ _id: _.in(shown) })
    .field({ name: true })
    .limit(1000)
    .get<Pick<MemberDoc, '_id' | 'name'>>();
  for (const m of data) names.set(m._id, m.name);
  return names;
}
