import type { MemberDoc, OfflineStudyDoc, StudyYearDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { forbidden, invalidArgument, notFound } from '../../_shared/errors';
import { attachFiles, issueUploadPath, placeLinks } from '../../_shared/files';
import { loadOrg } from '../../_shared/organisations';
import { byKey, bySubtreeKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { managesOrg, requireManages } from '../../_shared/scope';
import { creditOffline } from '../offline';
import { hoursSettings } from '../settings';
import { readYear, summarise, yearId, yearOf } from '../years';

const PAGE_SIZE = 20;
/** An evidence photo is shown by a link that lasts ten minutes. */
const EVIDENCE_SECONDS = 600;

/** The caller's 学时 this year: the maintained year and the enterprise's settings, in parallel. */
export const myHours = action('school', 'myHours', {
  async handler(_data, caller) {
    const member = requireMember(caller);
    const now = clock.now();
    const [year, settings] = await Promise.all([
      readYear(yearOf(now), member._id),
      hoursSettings(member.orgPath, { fresh: true }),
    ]);
    return summarise(member, year, now, settings);
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
    const [page, settings] = await Promise.all([
      readPage<MemberDoc>({
        collection: COLLECTIONS.members.name,
        where: {},
        order: bySubtreeKey('rosterKey', org.path, `${org.path}\uffff`),
        cursor,
        size: PAGE_SIZE,
        field: { name: true, roles: true, rosterKey: true },
      }),
      hoursSettings(org.path, { fresh: true }),
    ]);
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
        ...summarise(m, years.get(m._id) ?? null, now, settings),
      })),
      nextCursor: page.nextCursor,
    };
  },
});

/** Where a secretary or admin uploads one evidence photo (a sign-in sheet, a certificate). */
export const offlineTicket = action('school', 'offlineTicket', {
  async handler({ ext }, caller) {
    const recorder = requireMember(caller);
    return { cloudPath: await issueUploadPath('school', recorder._id, ext) };
  },
});

/**
 * Offline 学时 (党课, 集中培训) a secretary records for a member of their branch, an admin for
 * their subtree (docs/domain.md §7.2). The evidence photo must be the recorder's own upload; the
 * record is keyed by the form's request id, so a resent form is recorded once.
 */
export const recordOffline = action('school', 'recordOffline', {
  async handler({ memberId, title, date, hours, requestId, evidence }, caller) {
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
    if (evidence) {
      await attachFiles('school', id, recorder._id, [evidence], {
        message: '凭证照片无效，请重新上传',
        field: 'evidence',
      });
    }
    await creditOffline(
      target,
      year,
      [offlineRecord(id, target, recorder, { title, date, hours, evidence }, now)],
      now,
    );
    const [doc, settings] = await Promise.all([
      readYear(year, memberId),
      hoursSettings(target.orgPath, { fresh: true }),
    ]);
    return { id, hours: summarise(target, doc, now, settings) };
  },
});

export function offlineRecord(
  _id: string,
  member: Pick<MemberDoc, '_id' | 'orgId' | 'orgPath'>,
  recorder: Pick<MemberDoc, '_id'>,
  training: { title: string; date: string; hours: number; evidence?: string },
  now: Date,
): OfflineStudyDoc {
  return {
    _id,
    memberId: member._id,
    orgId: member.orgId,
    orgPath: member.orgPath,
    title: training.title,
    date: training.date,
    hours: training.hours,
    evidence: training.evidence ?? null,
    recordedBy: recorder._id,
    listKey: `${training.date}|${_id}`,
    createdAt: now,
  };
}

/**
 * A member's offline records, latest training first, for the member and for whoever manages
 * their organisation; an evidence photo goes out as a short-lived link, only when it is the
 * record's own file.
 */
export const offlineRecords = action('school', 'offlineRecords', {
  async handler({ memberId, cursor }, caller) {
    const viewer = requireMember(caller);
    const target =
      memberId === viewer._id
        ? viewer
        : await findById<MemberDoc>(COLLECTIONS.members.name, memberId);
    if (!target) throw notFound('找不到该党员');
    if (
      target._id !== viewer._id &&
      !managesOrg(viewer, { _id: target.orgId, path: target.orgPath })
    )
      throw forbidden('只能查看本组织党员的学时记录');
    const page = await readPage<OfflineStudyDoc>({
      collection: COLLECTIONS.schoolOffline.name,
      where: { memberId },
      order: byKey('listKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
    });
    const refs = page.items.flatMap((r) =>
      r.evidence ? [{ placeId: r._id, fileID: r.evidence }] : [],
    );
    const linkOf = await placeLinks('school', refs, EVIDENCE_SECONDS);
    return {
      items: page.items.map((r) => ({
        _id: r._id,
        title: r.title,
        date: r.date,
        hours: r.hours,
        evidenceUrl: r.evidence ? (linkOf({ placeId: r._id, fileID: r.evidence }) ?? null) : null,
      })),
      nextCursor: page.nextCursor,
    };
  },
});
