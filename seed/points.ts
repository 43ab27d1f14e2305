import type {
  MemberDoc,
  PointBranchYearDoc,
  PointEntryDoc,
  PointMemberYearDoc,
} from '../typings/documents';
import { periodOf } from '../cloudfunctions/_shared/points/period';
import { DEFAULT_RULES } from '../cloudfunctions/_shared/points/rules/defaults';
import type { SeedTarget } from './demo';
import { pointEntryDoc } from './factories';
import { seededRandom } from '../cloudfunctions/_shared/seeded-random';

/** The seed reads the roster the demo seed wrote (the local database answers `find`). */
export interface RosterSource {
  find(collection: string, query?: Record<string, unknown>): object[];
}

const DAYS = 45;
const ARTICLES = [
  '学习贯彻党的二十届三中全会精神',
  '安全生产月专题学习',
  '基层党组织建设质量提升',
  '廉洁从业警示教育',
];
const EARNING = [
  'read_article',
  'complete_lesson',
  'daily_quiz',
  'share_opened',
  'attend_meeting',
  'pass_exam',
];

/**
 * Six weeks of believable learning points for every demo member (some keen, some rarely),
 * written as ledger entries with their maintained totals built from exactly those entries,
 * so the demo shows 我的积分, rankings and branch figures that add up.
 */
export async function seedPoints(
  target: SeedTarget & RosterSource,
  now = new Date(),
): Promise<void> {
  const random = seededRandom(20260301);
  const members = target.find('members') as MemberDoc[];
  const rules = new Map(DEFAULT_RULES.map((r) => [r.code, r]));
  const entries: PointEntryDoc[] = [];
  for (const m of members) {
    const keenness = random();
    for (let d = DAYS; d >= 1; d--) {
      if (random() > keenness * 0.8) continue;
      const at = new Date(now.getTime() - d * 86_400_000 + Math.floor(random() * 8) * 3_600_000);
      const code = EARNING[Math.floor(random() * EARNING.length)];
      const rule = rules.get(code);
      if (!rule) continue;
      const count = code === 'read_article' ? 1 + Math.floor(random() * 6) : 1;
      for (let i = 0; i < count; i++) {
        const sourceId = `${code === 'read_article' ? ARTICLES[i % ARTICLES.length] : code}-${d}-${i}`;
        const points = code === 'daily_quiz' ? 1 + Math.floor(random() * 5) : rule.points;
        entries.push(pointEntryDoc({ member: m, rule: code, sourceId, points, at }));
      }
    }
  }
  const { years, branches } = totalsOf(entries, now);
  await target.insertMany('point_ledger', entries);
  await target.insertMany('point_member_years', years);
  await target.insertMany('point_branch_years', branches);
  await target.insertMany(
    'point_prefs',
    members
      .filter(() => random() < 0.3)
      .map((m) => ({ _id: m._id, visible: true, updatedAt: now })),
  );
}

/** The maintained documents, computed from the entries the way the award routine counts them. */
export function totalsOf(entries: PointEntryDoc[], now: Date) {
  const years = new Map<string, PointMemberYearDoc>();
  const branches = new Map<string, PointBranchYearDoc>();
  for (const e of entries) {
    const p = periodOf(e.at);
    const id = `${e.memberId}:${p.year}`;
    const y =
      years.get(id) ??
      years
        .set(id, {
          _id: id,
          memberId: e.memberId,
          orgId: e.orgId,
          orgPath: e.orgPath,
          year: p.year,
          total: 0,
          months: {},
          days: {},
          weeks: {},
          byRule: {},
          updatedAt: now,
        })
        .get(id)!;
    y.total += e.points;
    y.months[p.monthKey] = (y.months[p.monthKey] ?? 0) + e.points;
    const day = (y.days[p.dayKey] ??= { t: 0, r: {}, k: [] });
    day.t += e.points;
    day.r[e.rule] = (day.r[e.rule] ?? 0) + e.points;
    day.k.push(e._id);
    const week = (y.weeks[p.weekKey] ??= {});
    week[e.rule] = (week[e.rule] ?? 0) + e.points;
    y.byRule[e.rule] = (y.byRule[e.rule] ?? 0) + e.points;

    const bid = `${e.orgId}:${p.year}`;
    const b =
      branches.get(bid) ??
      branches
        .set(bid, {
          _id: bid,
          orgId: e.orgId,
          orgPath: e.orgPath,
          year: p.year,
          total: 0,
          months: {},
          updatedAt: now,
        })
        .get(bid)!;
    b.total += e.points;
    b.months[p.monthKey] = (b.months[p.monthKey] ?? 0) + e.points;
  }
  return { years: [...years.values()], branches: [...branches.values()] };
}
