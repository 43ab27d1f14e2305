import type { ActivityDoc, AttendanceDoc, ComplianceDoc } from '../../../typings/documents';
import type { MyAttendance } from '../../../typings/functions/activity';
import { requireMember } from '../../_shared/caller';
import { inChina, now } from '../../_shared/clock';
import { _ } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { loadOrg } from '../../_shared/organisations';
import { byTimeThenId, readPage, type PageOrder } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { requireSees } from '../../_shared/scope';
import { plansFor, requireReads } from '../access';
import { complianceIdOf, recomputeBranchYear } from '../compliance';
import { viewOf } from '../load-view';
import { activities, attendance, loadActivity } from '../repo';
import { toSummary } from '../views';

const PAGE = 20;

/** One activity with its attendance and record, for members of its branch and those above. */
export const get = action('activity', 'get', {
  preload: ({ activityId }) => loadActivity(activityId),
  async handler(_data, caller, doc) {
    const member = requireMember(caller);
    requireReads(member, doc);
    return viewOf(doc, member);
  },
});

/** A span [from, to) of the branch key, walked in time order. */
function bySpan(from: string, to: string): PageOrder<ActivityDoc> {
  return {
    sort: [['branchKey', 'asc']],
    keyOf: (row) => row.branchKey,
    narrow: (where, key) => ({
      ...where,
      branchKey: (key === null ? _.gte(from) : _.gt(key)).and(_.lt(to)),
    }),
  };
}

/** The 支部 tab: one month of a branch (the caller's by default), with its figures. */
export const month = action('activity', 'month', {
  async handler(data, caller) {
    const member = requireMember(caller);
    const org = await loadOrg(data.orgId ?? member.orgId);
    requireSees(member, org);
    const at = now();
    const start = data.month
      ? inChina(`${data.month}-01T00:00:00+08:00`)
      : inChina(at).startOf('month');
    const from = `${org._id}|${start.toDate().toISOString()}`;
    const to = `${org._id}|${start.add(1, 'month').toDate().toISOString()}`;
    const [page, stored] = await Promise.all([
      readPage<ActivityDoc>({
        collection: COLLECTIONS.activities.name,
        where: {},
        order: bySpan(from, to),
        cursor: data.cursor,
        size: PAGE,
      }),
      findById<ComplianceDoc>(
        COLLECTIONS.activityCompliance.name,
        complianceIdOf(org._id, start.year()),
      ),
    ]);
    const figures = stored ?? (await recomputeBranchYear(org, start.year(), at));
    const m = figures.months[start.month()];
    return {
      orgId: org._id,
      orgName: org.name,
      month: start.format('YYYY-MM'),
      activities: { items: page.items.map(toSummary), nextCursor: page.nextCursor },
      figures: { held: m.held, planned: m.planned, warnings: m.warnings },
      idleMembers: figures.idleMembers.length,
      canPlan: plansFor(member, org),
    };
  },
});

const mineOf = (a: AttendanceDoc, doc?: ActivityDoc): MyAttendance => ({
  activityId: a.activityId,
  type: doc?.type ?? '其他',
  topic: doc?.topic ?? '',
  startsAt: new Date(a.startsAt).toISOString(),
  state: a.state,
  studiedAt: a.studiedAt ? new Date(a.studiedAt).toISOString() : null,
});

/** My activities: upcoming in my branch, materials to study after missing one, attended. */
export const mine = action('activity', 'mine', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const at = now();
    const from = `${member.orgId}|${new Date(at.getTime() - 86_400_000).toISOString()}`;
    const [upcoming, toStudy, attended] = await Promise.all([
      activities()
        .where({ branchKey: _.gte(from).and(_.lt(`${member.orgId}|~`)) })
        .orderBy('branchKey', 'asc')
        .limit(PAGE)
        .get<ActivityDoc>(),
      attendance()
        .where({ memberId: member._id, state: 'absent', studiedAt: null })
        .orderBy('startsAt', 'desc')
        .limit(PAGE)
        .get<AttendanceDoc>(),
      readPage<AttendanceDoc>({
        collection: COLLECTIONS.activityAttendance.name,
        where: { memberId: member._id },
        order: byTimeThenId('startsAt'),
        cursor,
        size: PAGE,
      }),
    ]);
    const ids = [...new Set([...toStudy.data, ...attended.items].map((a) => a.activityId))];
    const { data: docs } = ids.length
      ? await activities()
          .where({ _id: _.in(ids) })
          .field({ type: true, topic: true })
          .limit(ids.length)
          .get<ActivityDoc>()
      : { data: [] as ActivityDoc[] };
    const byId = new Map(docs.map((d) => [d._id, d]));
    return {
      upcoming: upcoming.data.filter((d) => d.status !== 'confirmed').map(toSummary),
      toStudy: toStudy.data.map((a) => mineOf(a, byId.get(a.activityId))),
      attended: {
        items: attended.items.map((a) => mineOf(a, byId.get(a.activityId))),
        nextCursor: attended.nextCursor,
      },
    };
  },
});
