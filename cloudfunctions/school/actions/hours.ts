import type { MemberDoc, OfflineStudyDoc, StudyYearDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById, transaction } from '../../_shared/db';
import { forbidden, invalidArgument, notFound } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { bySubtreeKey, readPage } from '../../_shared/paging';
import { awardPoints } from '../../_shared/points/award';
import { action } from '../../_shared/router';
import { managesOrg, requireManages } from '../../_shared/scope';
import { emptyYear, readYear, summarise, yearId, yearOf } from '../years';

const PAGE_SIZE = 20;

/** The caller's 学时 this year: one read of the maintained year. */
export const myHours = action('school', 'myHours', {
  async handler(_data, caller) {
    const member = requireMember(caller);
    const now = clock.now();
    return summarise(member, await readYear(yearOf(now), member._id), now);
  },
});

/**
 * A branch's members with their 学时 this year against pace (docs/domain.md §7.3), for whoever
 * manages it: a page of the roster, then their maintained years by id.
 */
export const branchHours = action('school', 'branchHours', {
  async handler({ orgId, cursor }, caller) {
    const viewer = requireMember(caller);
    const org = await loadOrg(orgId);
    requireManages(viewer, org);
    const page = await readPage<MemberDoc>({
      collection: COLLECTIONS.members.name,
      where: {},
      order: bySubtreeKey('rosterKey', org.path, `${org.path}\uffff`),
      cursor,
      size: PAGE_SIZE,
      field: { name: true, roles: true, rosterKey: true },
    });
    const now = clock.now();
    const year = yearOf(now);
    const ids = page.items.map((m) => yearId(year, m._id));
    const { data } = ids.length
      ? await db
          .collection(COLLECTIONS.schoolYears.name)
          .where({ _id: _.in(ids) })
          .limit(ids.length)
          .get<StudyYearDoc>()
      : { data: [] };
    const years = new Map(data.map((y) => [y.memberId, y]));
    return {
      items: page.items.map((m) => ({
        memberId: m._id,
        name: m.name,
        ...summarise(m, years.get(m._id) ?? null, now),
      })),
      nextCursor: page.nextCursor,
    };
  },
});

/**
 * Offline 学时 (党课, 集中培训) a secretary records for a member of their branch, an admin for
 * their subtree. The record and the member's year change in one transaction keyed by the form's
 * request id, so a resent form is done once; the points follow, and a retry finishes them.
 */
export const recordOffline = action('school', 'recordOffline', {
  async handler({ memberId, title, date, hours, requestId }, caller) {
    const recorder = requireMember(caller);
    const target = await findById<MemberDoc>(COLLECTIONS.members.name, memberId);
    if (!target) throw notFound('找不到该党员');
    if (!managesOrg(recorder, { _id: target.orgId, path: target.orgPath }))
      throw forbidden('只能为本组织的党员登记学时');
    const now = clock.now();
    const year = Number(date.slice(0, 4));
    if (year !== yearOf(now)) throw invalidArgument('只能登记本年度的学时', 'date');
    if (date > clock.chinaToday(now)) throw invalidArgument('培训日期不能晚于今天', 'date');
    const id = `${recorder._id}:${requestId}`;
    const record: OfflineStudyDoc = {
      _id: id,
      memberId,
      orgId: target.orgId,
      orgPath: target.orgPath,
      title,
      date,
      hours,
      recordedBy: recorder._id,
      createdAt: now,
    };
    await transaction(async (tx) => {
      if (await tx.exists(COLLECTIONS.schoolOffline.name, id)) return;
      await tx.add(COLLECTIONS.schoolOffline.name, record);
      const yid = yearId(year, memberId);
      if (await tx.exists(COLLECTIONS.schoolYears.name, yid)) {
        const doc = await tx.get<StudyYearDoc>(COLLECTIONS.schoolYears.name, yid);
        await tx.update(COLLECTIONS.schoolYears.name, yid, {
          offlineHours: Math.round((doc.offlineHours + hours) * 10) / 10,
          updatedAt: now,
        });
      } else {
        await tx.add(COLLECTIONS.schoolYears.name, {
          ...emptyYear(target, year, now),
          offlineHours: hours,
        });
      }
    });
    await awardPoints({
      memberId,
      orgId: target.orgId,
      orgPath: target.orgPath,
      rule: 'study_hour',
      sourceId: `offline:${id}`,
      amount: hours,
      at: now,
      grantedBy: recorder._id,
    });
    return { id, hours: summarise(target, await readYear(year, memberId), now) };
  },
});
