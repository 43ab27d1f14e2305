import type {
  BranchStudyYearDoc,
  CourseBranchDoc,
  NoticeDoc,
  OrganisationDoc,
} from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { invalidArgument, notFound } from '../../_shared/errors';
import { noticeIdOf } from '../../_shared/notices/ids';
import { publishNotice } from '../../_shared/notices/publish';
import { reachable } from '../../_shared/notices/reach';
import { loadOrg } from '../../_shared/organisations';
import { bySubtreeKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { requireManages } from '../../_shared/scope';
import { branchYearId, courseBranchId } from '../progress/docs';
import { notDone, overviewRow, standingOf, toCompletion } from '../progress/views';
import { hoursSettings } from '../settings';
import { yearOf } from '../years';

/** The 支部 tab and the overview show at most this many assigned courses a branch. */
const COURSES_SHOWN = 20;
const BRANCH_PAGE = 20;

const courseBranches = () => db.collection(COLLECTIONS.schoolCourseBranches.name);

function requireBranch(org: OrganisationDoc): void {
  if (org.type !== '党支部') throw invalidArgument('请选择一个党支部', 'orgId');
}

/** A branch's assigned course figure, for those who manage the branch. */
async function loadFigure(
  viewer: Parameters<typeof requireManages>[0],
  courseId: string,
  orgId: string,
): Promise<CourseBranchDoc> {
  const figure = await findById<CourseBranchDoc>(
    COLLECTIONS.schoolCourseBranches.name,
    courseBranchId(courseId, orgId),
  );
  if (!figure) throw notFound('该课程没有指派给这个支部');
  requireManages(viewer, { _id: figure.orgId, path: figure.orgPath });
  return figure;
}

/**
 * A branch's study at a glance for whoever manages it (docs/domain.md §7.12): its assigned
 * courses' completion and how many members are behind pace today, from the maintained figures:
 * the organisation, the branch's year and its courses, read side by side.
 */
export const branchStudy = action('school', 'branchStudy', {
  async handler({ orgId }, caller) {
    const viewer = requireMember(caller);
    const now = clock.now();
    const year = yearOf(now);
    const [org, yearDoc, courses] = await Promise.all([
      loadOrg(orgId),
      findById<BranchStudyYearDoc>(COLLECTIONS.schoolBranchYears.name, branchYearId(year, orgId)),
      courseBranches()
        .where({ orgId })
        .orderBy('listKey', 'asc')
        .limit(COURSES_SHOWN)
        .get<CourseBranchDoc>(),
    ]);
    requireManages(viewer, org);
    requireBranch(org);
    const settings = await hoursSettings(org.path, { fresh: false });
    const { members, behindPace } = standingOf(org, yearDoc, settings, clock.chinaToday(now));
    return {
      orgId: org._id,
      orgName: org.name,
      year,
      members,
      behindPace,
      courses: courses.data.map(toCompletion),
    };
  },
});

/** An assigned course in a branch: completion and who has not completed it. One read. */
export const courseProgress = action('school', 'courseProgress', {
  async handler({ courseId, orgId }, caller) {
    const figure = await loadFigure(requireMember(caller), courseId, orgId);
    return {
      ...toCompletion(figure),
      orgId: figure.orgId,
      orgName: figure.orgName,
      behind: notDone(figure),
    };
  },
});

/**
 * Reminds exactly those of the branch who have not completed the course, by a notice (消息中心,
 * and a WeChat message where one can reach them now). The notice's id is the caller's request,
 * so a resent tap finds the first notice and reminds nobody twice. The answer says how many
 * WeChat reaches now and how many only see it in 消息中心, as the notices' reminders do.
 */
export const remindCourse = action('school', 'remindCourse', {
  async handler({ courseId, orgId, requestId }, caller) {
    const viewer = requireMember(caller);
    const figure = await loadFigure(viewer, courseId, orgId);
    const behind = notDone(figure);
    if (behind.length === 0) return { recipients: 0, wechat: 0, inboxOnly: 0 };
    const notice: NoticeDoc = {
      _id: noticeIdOf(viewer._id, requestId),
      title: `请按时学完「${figure.courseTitle}」`,
      body: `${figure.orgName}指派的课程「${figure.courseTitle}」请于 ${figure.deadline} 前学完。可在微党校打开课程继续学习。`,
      attachments: [],
      deadline: figure.deadline,
      orgId: figure.orgId,
      orgPath: figure.orgPath,
      orgName: figure.orgName,
      senderId: viewer._id,
      senderName: viewer.name,
      createdAt: clock.now(),
      recipients: behind.length,
      pushed: 0,
      read: 0,
      remindedOn: null,
      link: { kind: 'course', id: figure.courseId },
    };
    const sent = await publishNotice(
      notice,
      behind.map((m) => ({ _id: m.memberId, name: m.name })),
    );
    const reached = await reachable(behind.map((m) => m.memberId));
    return {
      recipients: sent.recipients,
      wechat: Math.min(reached.size, sent.recipients),
      inboxOnly: Math.max(0, sent.recipients - reached.size),
    };
  },
});

type BranchWithFigures = Pick<OrganisationDoc, '_id' | 'name' | 'memberCount'> & {
  years: BranchStudyYearDoc[];
  courses: CourseBranchDoc[];
};

/**
 * Branches × assigned courses and each branch's 学时 in bands, a page of the subtree's branches
 * in path order (one walk of the path index), then those branches joined in the database with
 * their years and course figures: four reads with the caller's, however large the subtree.
 */
export const studyOverview = action('school', 'studyOverview', {
  async handler({ orgId, cursor }, caller) {
    const viewer = requireMember(caller);
    const org = await loadOrg(orgId);
    requireManages(viewer, org);
    const now = clock.now();
    const year = yearOf(now);
    const page = await readPage<Pick<OrganisationDoc, '_id' | 'path'>>({
      collection: COLLECTIONS.organisations.name,
      where: { type: '党支部' },
      order: bySubtreeKey('path', org.path, `${org.path}\uffff`),
      cursor,
      size: BRANCH_PAGE,
      field: { path: true },
    });
    const ids = page.items.map((b) => b._id);
    const [{ list }, settings] = await Promise.all([
      ids.length
        ? db
            .collection(COLLECTIONS.organisations.name)
            .aggregate()
            .match({ _id: _.in(ids) })
            .project({ name: 1, memberCount: 1 })
            .lookup({
              from: COLLECTIONS.schoolBranchYears.name,
              localField: '_id',
              foreignField: 'orgId',
              as: 'years',
            })
            .lookup({
              from: COLLECTIONS.schoolCourseBranches.name,
              localField: '_id',
              foreignField: 'orgId',
              as: 'courses',
            })
            .end<BranchWithFigures>()
        : { list: [] },
      hoursSettings(org.path, { fresh: false }),
    ]);
    const byId = new Map(list.map((b) => [b._id, b]));
    const today = clock.chinaToday(now);
    return {
      orgId: org._id,
      orgName: org.name,
      year,
      items: ids.flatMap((id) => {
        const b = byId.get(id);
        if (!b) return [];
        const courses = [...b.courses].sort((x, y) => x.listKey.localeCompare(y.listKey));
        return [
          overviewRow(b, b.years.find((y) => y.year === year) ?? null, courses, settings, today),
        ];
      }),
      nextCursor: page.nextCursor,
    };
  },
});
