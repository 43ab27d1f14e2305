import type {
  OrganisationDoc,
  PointBranchYearDoc,
  PointRankPageDoc,
} from '../../typings/documents';
import * as clock from '../_shared/clock';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { periodOf } from '../_shared/points/period';
import { rankBranches } from './branch-ranking';
import { inPeriod, PERIODS, periodKeyOf } from './periods';
import { pageCount, rankPageId, sliceOfPage, SNAPSHOT_ABOVE } from './rank-pages';

const BATCH = 1000;
const WRITES_AT_ONCE = 20;

type Branch = Pick<OrganisationDoc, '_id' | 'name' | 'path' | 'memberCount'>;
type Figures = Pick<PointBranchYearDoc, 'orgId' | 'orgPath' | 'total' | 'months'>;

/**
 * The timer's work: ranks every organisation with more than SNAPSHOT_ABOVE branches below it,
 * for this month and this year, and stores the rows a page per document, so `points.ranking`
 * answers such a scope by reading one page. Branches and their year figures are read once a
 * run for all organisations. Pages of earlier runs — the tail of a ranking that got shorter,
 * an organisation that no longer qualifies, last month — are removed once the new ones stand.
 */
export async function rebuildRankPages(now = clock.now()) {
  const p = periodOf(now);
  const [branches, figures] = await Promise.all([allBranches(), branchFigures(p.year)]);
  const pages: Omit<PointRankPageDoc, '_id'>[] = [];
  const large = largeOrganisations(branches);
  for (const org of large) {
    const under = branches.filter((b) => b.path.startsWith(org.path));
    for (const period of PERIODS) {
      const rows = rankBranches(
        under.map((b) => {
          const f = figures.get(b._id);
          return {
            orgId: b._id,
            name: b.name,
            memberCount: b.memberCount,
            total: f ? inPeriod(f, period, p) : 0,
          };
        }),
      );
      const count = pageCount(rows.length);
      for (let page = 1; page <= count; page++) {
        pages.push({
          orgId: org.id,
          period,
          periodKey: periodKeyOf(period, p),
          page,
          items: sliceOfPage(rows, page),
          builtAt: now,
          pages: count,
          rows: rows.length,
        });
      }
    }
  }
  const collection = db.collection(COLLECTIONS.pointRankPages.name);
  for (let i = 0; i < pages.length; i += WRITES_AT_ONCE) {
    await Promise.all(
      pages
        .slice(i, i + WRITES_AT_ONCE)
        .map((doc) =>
          collection
            .doc(rankPageId(doc.orgId, doc.period, doc.periodKey, doc.page))
            .set({ data: doc }),
        ),
    );
  }
  const removed = await collection.where({ builtAt: _.lt(now) }).remove();
  return { organisations: large.length, pages: pages.length, removed: removed.stats.removed };
}

/** Organisations above more than SNAPSHOT_ABOVE branches: the proper prefixes of their paths. */
function largeOrganisations(branches: Branch[]): { id: string; path: string }[] {
  const counts = new Map<string, number>();
  for (const { path } of branches) {
    for (let end = path.indexOf('/', 1); end < path.length - 1; end = path.indexOf('/', end + 1)) {
      const above = path.slice(0, end + 1);
      counts.set(above, (counts.get(above) ?? 0) + 1);
    }
  }
  // Paths are made of ids: an organisation's id is its path's last segment.
  return [...counts]
    .filter(([, n]) => n > SNAPSHOT_ABOVE)
    .map(([path]) => ({ id: path.slice(path.lastIndexOf('/', path.length - 2) + 1, -1), path }));
}

/** Every branch of the enterprise in path order, a page of 1,000 at a time. */
async function allBranches(): Promise<Branch[]> {
  const out: Branch[] = [];
  let after: string | null = null;
  for (;;) {
    const { data }: { data: Branch[] } = await db
      .collection(COLLECTIONS.organisations.name)
      .where({ path: after ? _.gt(after) : _.gte('/'), type: '党支部' })
      .orderBy('path', 'asc')
      .field({ name: true, path: true, memberCount: true })
      .limit(BATCH)
      .get();
    out.push(...data);
    if (data.length < BATCH) return out;
    after = data[data.length - 1].path;
  }
}

/** Every branch's figures of the year by branch id, a page of 1,000 at a time. */
async function branchFigures(year: number): Promise<Map<string, Figures>> {
  const out = new Map<string, Figures>();
  let after: string | null = null;
  for (;;) {
    const { data }: { data: Figures[] } = await db
      .collection(COLLECTIONS.pointBranchYears.name)
      .where({ year, orgPath: after ? _.gt(after) : _.gte('/') })
      .orderBy('orgPath', 'asc')
      .field({ orgId: true, orgPath: true, total: true, months: true })
      .limit(BATCH)
      .get();
    for (const f of data) out.set(f.orgId, f);
    if (data.length < BATCH) return out;
    after = data[data.length - 1].orgPath;
  }
}
