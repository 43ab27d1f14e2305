import type {
  BranchStudyYearDoc,
  CourseBranchDoc,
  CourseDoc,
  MemberDoc,
  NoticeDoc,
  OrganisationDoc,
} from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { AppError, invalidArgument, notFound } from '../../_shared/errors';
import { noticeIdOf } from '../../_shared/notices/ids';
import { publishNotice } from '../../_shared/notices/publish';
import { reachable } from '../../_shared/notices/reach';
import { loadOrg } from '../../_shared/organisations';
import { bySubtreeKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { requireManages } from '../../_shared/scope';
import { branchYearId, courseBranchId } from '../progress/docs';
import {
  type CourseCounts,
  notDone,
  overviewRow,
  standingOf,
  toCompletion,
} from '../progress/views';
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
  if (!figure) {
    const course = await findById<CourseDoc>(COLLECTIONS.schoolCourses.name, courseId);
    if (course?.figuresBuilding) throw new AppError('CONFLICT', '完成情况正在统计，请稍后再看');
    throw notFound('该课程没有指派给这个支部');
  }
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
        .field({ members: false })
        .orderBy('listKey', 'asc')
        .limit(COURSES_SHOWN)
        .get<CourseCounts>(),
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

/** The organisation to look over: one the viewer holds a role on is known from the role. */
async function scopeFor(viewer: MemberDoc, orgId: string): Promise<{ _id: string; path: string }> {
  const role = viewer.roles.find((r) => r.orgId === orgId);
  return role ? { _id: role.orgId, path: role.orgPath } : loadOrg(orgId);
}

/**
 * Branches × assigned courses and each branch's 学时 in bands, a page of the subtree's branches
 * in path order (one walk of the path index), then the page's years by id and course figures by
 * branch side by side: four reads with the caller's, however large the subtree (five for an
 * organisation below the viewer's own, whose path is read first).
 */
export const studyOverview = action('school', 'studyOverview', {
  async handler({ orgId, cursor }, caller) {
    const viewer = requireMember(caller);
    const scope = await scopeFor(viewer, orgId);
    requireManages(viewer, scope);
    const now = clock.now();
    const year = yearOf(now);
    const page = await readPage<Pick<OrganisationDoc, '_id' | 'name' | 'path' | 'memberCount'>>({
      collection: COLLECTIONS.organisations.name,
      where: { type: '党支部' },
      order: bySubtreeKey('path', scope.path, `${scope.path}\uffff`),
      cursor,
      size: BRANCH_PAGE,
      field: { name: true, path: true, memberCount: true },
    });
    const ids = page.items.map((b) => b._id);
    const [years, courses, settings] = await Promise.all([
      ids.length
        ? db
            .collection(COLLECTIONS.schoolBranchYears.name)
            .where({ _id: _.in(ids.map((id) => branchYearId(year, id))) })
            .limit(ids.length)
            .get<BranchStudyYearDoc>()
        : { data: [] },
      ids.length
        ? courseBranches()
            .where({ orgId: _.in(ids) })
            // The counts only: the names behind are courseProgress's.
            .field({ members: false })
            .orderBy('listKey', 'asc')
            .limit(ids.length * COURSES_SHOWN)
            .get<CourseCounts>()
        : { data: [] },
      hoursSettings(scope.path, { fresh: false }),
    ]);
    const yearOfBranch = new Map(years.data.map((y) => [y.orgId, y]));
    const today = clock.chinaToday(now);
    return {
      orgId: scope._id,
      year,
      items: page.items.map((b) =>
        overviewRow(
          b,
          yearOfBranch.get(b._id) ?? null,
          courses.data.filter((c) => c.orgId === b._id),
          settings,
          today,
        ),
      ),
      nextCursor: page.nextCursor,
    };
  },
});
