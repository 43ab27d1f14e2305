import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIVITY_TYPES } from '../typings/documents/activity';
import type {
  ActivityDoc,
  ActivityType,
  AttendanceDoc,
  ComplianceDoc,
  FileDoc,
  MemberDoc,
  NoticeDoc,
  NoticeInboxDoc,
  OrganisationDoc,
} from '../typings/documents';
import { COMMITTEE_MIN, monthsOf } from '../cloudfunctions/activity/figures';
import { planNoticeText } from '../cloudfunctions/activity/plan-notice-text';
import { IDLE_MONTHS, idleMembers } from '../cloudfunctions/activity/rules/warnings';
import { inChina } from '../cloudfunctions/_shared/clock';
import { COLLECTIONS } from '../cloudfunctions/_shared/collections';
import { noticeIdOf } from '../cloudfunctions/_shared/notices/ids';
import { toFileId } from '../emulator/storage/cloud-path';
import { DEMO_OPENIDS, type SeedTarget } from './demo';
import { seededRandom } from '../cloudfunctions/_shared/seeded-random';
import { pick } from './names';
import type { RosterSource } from './points';
import type { SeedFiles } from './school';

/** A 320×180 gradient made for the project: `ffmpeg -f lavfi -i gradients=s=320x180:c0=0xb71c1c:c1=0xff8f00:seed=7 -frames:v 1 -q:v 12 activity-photo.jpg`. */
const PHOTO = join(__dirname, 'assets', 'activity-photo.jpg');

const TOPICS: Record<ActivityType, string[]> = {
  支部党员大会: ['通报支部工作并讨论发展党员', '评选优秀共产党员', '学习贯彻上级党委部署'],
  支委会: ['研究本月工作安排', '研究发展党员和党费收缴', '研究主题党日方案'],
  党小组会: ['交流学习体会'],
  党课: ['书记讲党课：弘扬伟大建党精神', '专题党课：安全生产与责任担当', '党课：全面从严治党'],
  主题党日: [
    '重温入党誓词',
    '参观红色教育基地',
    '志愿服务进社区',
    '学习党章党规',
    '安全生产主题实践',
  ],
  组织生活会: ['年度组织生活会'],
  民主评议党员: ['年度民主评议党员'],
  谈心谈话: ['谈心谈话'],
  其他: ['其他活动'],
};
const PLACES = ['三楼党员活动室', '一号会议室', '职工之家', '红色教育基地'];
const REASONS = ['公假', '病假', '事假', '其他'] as const;

interface Slot {
  type: ActivityType;
  day: number;
  hour: number;
}

/** What a branch holds in a month (docs/domain.md §2.1): monthly, quarterly, yearly. */
function slotsOf(month: number, committee: boolean): Slot[] {
  const slots: Slot[] = [];
  if (committee) slots.push({ type: '支委会', day: 5, hour: 9 });
  slots.push({ type: '主题党日', day: 15, hour: 14 });
  if (month % 3 === 2) slots.push({ type: '支部党员大会', day: 20, hour: 15 });
  if (month % 3 === 0) slots.push({ type: '党课', day: 25, hour: 15 });
  if (month === 12) {
    slots.push({ type: '组织生活会', day: 22, hour: 9 });
    slots.push({ type: '民主评议党员', day: 22, hour: 14 });
  }
  return slots;
}

/**
 * A year of organisational life for every demo branch: the last twelve months planned, held,
 * signed in and recorded, with gaps on purpose (a branch that skipped a 主题党日 or a quarter's
 * 党员大会) so the warnings show; the current month's later activities still planned, and no
 * 主题党日 yet this month in 综合办公室党支部. demo-member missed the last 主题党日 and has its
 * material to study. Figures per branch and year are written as the function would.
 */
export async function seedActivity(
  target: SeedTarget & RosterSource,
  now: Date,
  files?: SeedFiles,
): Promise<void> {
  const random = seededRandom(20261206);
  const branches = target.find('organisations', { type: '党支部' }) as OrganisationDoc[];
  const members = target.find('members') as MemberDoc[];
  const today = inChina(now);
  const docs: ActivityDoc[] = [];
  const marks: AttendanceDoc[] = [];
  const fileDocs: FileDoc[] = [];
  const photo = files ? readFileSync(PHOTO) : null;
  const demoId = members.find((m) => m.openid === DEMO_OPENIDS.member)?._id;

  for (const [b, branch] of branches.entries()) {
    const roster = members.filter((m) => m.orgPath.startsWith(branch.path));
    const committee = branch.committee.length >= COMMITTEE_MIN;
    const secretary = roster.find((m) => m._id === branch.committee[0]?.memberId) ?? roster[0];
    const recorder =
      roster.find(
        (m) => m._id === branch.committee.find((s) => s.title === '组织委员')?.memberId,
      ) ?? secretary;
    for (let back = 11; back >= 0; back--) {
      const month = today.subtract(back, 'month').startOf('month');
      for (const slot of slotsOf(month.month() + 1, committee)) {
        // Gaps on purpose: each branch skips a 主题党日 and one quarter's 党员大会 of the year.
        if (slot.type === '主题党日' && back === (b % 5) + 2) continue;
        if (slot.type === '支部党员大会' && back === (b % 4) * 3 + 1) continue;
        if (slot.type === '主题党日' && back === 0 && branch._id === 'org-b-office') continue;
        const startsAt = month.date(slot.day).hour(slot.hour).toDate();
        const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
        const held = endsAt < now;
        const _id = `act-${branch._id}-${month.format('YYYYMM')}-${ACTIVITY_TYPES.indexOf(slot.type)}`;
        const dueMembers =
          slot.type === '支委会'
            ? roster.filter((m) => branch.committee.some((s) => s.memberId === m._id))
            : roster;
        const due = dueMembers.map((m) => ({
          memberId: m._id,
          name: m.name,
          voting: m.status === '正式',
        }));
        // demo-member missed last month's 主题党日 and has its material still to study.
        const missed = (id: string) => id === demoId && back === 1 && slot.type === '主题党日';
        const present = held ? due.filter((d) => random() < 0.88 && !missed(d.memberId)) : [];
        const presentIds = new Set(present.map((p) => p.memberId));
        const confirmedAt = held ? new Date(endsAt.getTime() + 3_600_000) : null;
        const doc: ActivityDoc = {
          _id,
          orgId: branch._id,
          orgPath: branch.path,
          orgName: branch.name,
          branchKey: `${branch._id}|${startsAt.toISOString()}|${_id}`,
          type: slot.type,
          topic: pick(random, TOPICS[slot.type]),
          startsAt,
          endsAt,
          month: month.format('YYYY-MM'),
          place: pick(random, PLACES),
          hostId: secretary._id,
          hostName: secretary.name,
          recorderId: recorder._id,
          recorderName: recorder.name,
          dueGroup: slot.type === '支委会' ? 'committee' : 'all',
          due,
          materials: '会议材料见附件，缺席同志请会后补学。',
          status: held ? 'confirmed' : 'planned',
          record: held
            ? {
                agenda: TOPICS[slot.type][0],
                content: `${secretary.name}主持会议，传达上级精神，与会党员逐一发言，${recorder.name}记录。`,
                resolutions:
                  slot.type === '支部党员大会'
                    ? [
                        {
                          motion: '通过支部工作安排',
                          yes: present.filter((p) => p.voting).length,
                          no: 0,
                          abstain: 0,
                        },
                      ]
                    : [],
                grades: [],
                guests: [],
              }
            : null,
          media: [],
          confirmedBy: held ? [...new Set([secretary._id, recorder._id])] : [],
          confirmedAt,
          amendments: [],
          plannedBy: secretary._id,
          createdAt: month.toDate(),
          updatedAt: confirmedAt ?? month.toDate(),
        };
        if (held && photo && branch._id === 'org-b-office' && slot.type === '主题党日') {
          for (let p = 0; p < 2; p++) {
            const cloudPath = `activity/${secretary._id}/${randomBytes(16).toString('hex')}.jpg`;
            await files!.put(cloudPath, photo);
            const fileID = toFileId(cloudPath);
            doc.media.push({ fileID, kind: 'photo' });
            fileDocs.push({
              _id: cloudPath.slice(cloudPath.lastIndexOf('/') + 1, -4),
              cloudPath,
              place: 'activity',
              placeId: _id,
              ownerId: secretary._id,
              fileID,
              expiresAt: null,
              createdAt: endsAt,
            });
          }
        }
        docs.push(doc);
        if (!held) continue;
        for (const d of due) {
          const here = presentIds.has(d.memberId);
          marks.push({
            _id: `${_id}:${d.memberId}`,
            activityId: _id,
            memberId: d.memberId,
            name: d.name,
            orgId: branch._id,
            state: here ? 'present' : 'absent',
            reason: here ? null : pick(random, REASONS),
            via: here ? 'code' : 'host',
            at: startsAt,
            startsAt,
            studiedAt: here || missed(d.memberId) || random() < 0.5 ? null : endsAt,
          });
        }
      }
    }
  }

  const figures: ComplianceDoc[] = [];
  const since = today.subtract(IDLE_MONTHS, 'month').toDate();
  for (const branch of branches) {
    const own = docs.filter((d) => d.orgId === branch._id);
    const last = new Map<string, Date>();
    for (const m of marks)
      if (m.orgId === branch._id && m.state === 'present') last.set(m.memberId, m.startsAt);
    for (const year of [...new Set(own.map((d) => Number(d.month.slice(0, 4))))]) {
      figures.push({
        _id: `${branch._id}:${year}`,
        orgId: branch._id,
        orgPath: branch.path,
        orgName: branch.name,
        year,
        months: monthsOf(
          own.filter((d) => d.month.startsWith(`${year}-`)),
          year,
          { year: today.year(), month: today.month() + 1 },
          { hasCommittee: branch.committee.length >= COMMITTEE_MIN, hasGroups: false },
        ),
        idleMembers:
          year === today.year()
            ? idleMembers(
                members.filter((m) => m.orgPath.startsWith(branch.path)).map((m) => m._id),
                last,
                since,
              )
            : [],
        updatedAt: now,
      });
    }
  }
  await target.insertMany('activities', docs);
  await target.insertMany('activity_attendance', marks);
  await target.insertMany('activity_compliance', figures);
  if (fileDocs.length) await target.insertMany('files', fileDocs);
  await seedPlanNotices(
    target,
    docs.filter((d) => d.status === 'planned'),
  );
}

/**
 * The notices the still-planned activities were published with (docs/domain.md §2.11), as the
 * function writes them: to those due but the planner, leading to the activity. They were read
 * when the month's plan went out, so the badges the notice seed keeps stay as they are.
 */
async function seedPlanNotices(target: SeedTarget, planned: ActivityDoc[]): Promise<void> {
  const notices: NoticeDoc[] = [];
  const inbox: NoticeInboxDoc[] = [];
  for (const doc of planned) {
    const planner = doc.due.find((d) => d.memberId === doc.plannedBy);
    const recipients = doc.due.filter((d) => d.memberId !== doc.plannedBy);
    const _id = noticeIdOf(doc.plannedBy, doc._id);
    const { title, body } = planNoticeText(doc);
    const createdAt = doc.createdAt;
    notices.push({
      _id,
      title,
      body,
      attachments: [],
      deadline: null,
      orgId: doc.orgId,
      orgPath: doc.orgPath,
      orgName: doc.orgName,
      senderId: doc.plannedBy,
      senderName: planner?.name ?? doc.hostName,
      createdAt,
      recipients: recipients.length,
      pushed: 0,
      read: recipients.length,
      remindedOn: null,
      link: { kind: 'activity', id: doc._id },
    });
    for (const r of recipients) {
      inbox.push({
        _id: `${_id}:${r.memberId}`,
        noticeId: _id,
        memberId: r.memberId,
        memberName: r.name,
        title,
        orgName: doc.orgName,
        deadline: null,
        createdAt,
        inboxKey: `${createdAt.toISOString()}|${_id}`,
        read: true,
        readAt: new Date(createdAt.getTime() + 3_600_000),
        pushed: false,
      });
    }
  }
  await target.insertMany(COLLECTIONS.notices.name, notices);
  await target.insertMany(COLLECTIONS.noticeInbox.name, inbox);
}
