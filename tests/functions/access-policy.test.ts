import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { Role } from '../../typings/documents';
import {
  SCHEMAS,
  type ActionName,
  type FunctionName,
  type RequestOf,
} from '../../typings/functions';
import { ACCESS, ACCESS_LEVELS, type AccessLevel } from '../../typings/policy/access';
import { isAdminRole, isManagingRole, publisherKindOf } from '../../typings/policy';
import { startTestCloud, type TestCloud } from '../support/local-cloud';

/**
 * Every action of every function, called by every kind of caller, answers as the one access
 * table (typings/policy/access.ts) says: a caller below the action's level is refused before
 * anything is read or written, and a caller at or above it is never refused for who they are.
 * The inputs name nothing that exists, so an admitted call ends at NOT_FOUND or another answer
 * about the input, and a refused one changes nothing.
 */

const MISSING = 'no-such-id';
const CLOUD_FILE = 'cloud://local.env/nowhere/none.xlsx';
const MAILBOX_FILE = 'cloud://local.env/mailbox/in/none.jpg';

type Samples = { [F in FunctionName]: { [A in ActionName<F>]: RequestOf<F, A> } };

/** One valid request per action; a new action without one does not compile. */
const SAMPLES: Samples = {
  member: {
    me: {},
    get: { id: MISSING },
    reveal: { id: MISSING },
    list: { orgId: MISSING },
    create: {
      orgId: MISSING,
      name: '张三',
      gender: '男',
      ethnicity: '汉族',
      birthDate: null,
      idNumber: null,
      idNumberUnknownReason: '档案待补',
      education: '',
      nativePlace: '',
      phone: null,
      workStartDate: null,
      joinedDate: '2015-07-01',
      fullMemberDate: null,
      status: '正式',
      post: '',
      mobile: false,
    },
    update: { id: MISSING, post: '职员' },
    move: { id: MISSING, orgId: MISSING },
    issueInvite: { memberId: MISSING },
    revokeInvite: { memberId: MISSING },
    bind: { code: 'ZZZZZZZZ' },
    unbind: { memberId: MISSING },
    updateProfile: {},
    orgTree: { rootId: MISSING },
    importRoster: { fileID: CLOUD_FILE },
    exportRoster: { orgId: MISSING },
    importTemplate: {},
    auditLog: {},
  },
  news: {
    columns: {},
    saveColumn: { orgId: MISSING, name: '栏目', order: 1, publishers: ['secretary'] },
    list: {},
    get: { id: MISSING },
    heartbeat: { id: MISSING, seconds: 10 },
    history: {},
    share: { id: MISSING },
    myShares: {},
    subtree: {},
    save: {
      title: '标题',
      cover: null,
      summary: '',
      body: '<p>正文</p>',
      source: '',
      author: '',
      columnId: MISSING,
      scopeId: MISSING,
      pinned: false,
    },
    submit: { id: MISSING },
    review: { id: MISSING, approve: true },
    withdraw: { id: MISSING },
    pin: { id: MISSING, pinned: true },
    mine: {},
    queue: { orgId: MISSING, status: 'submitted' },
    readers: { id: MISSING, orgId: MISSING },
    uploadTicket: { ext: 'jpg' },
  },
  notice: {
    templates: {},
    subscribe: { templateIds: ['tpl'], accepted: [] },
    send: {
      requestId: 'access0000000001',
      orgId: MISSING,
      title: '通知',
      body: '内容',
      attachments: [],
      deadline: null,
    },
    inbox: {},
    get: { id: MISSING },
    sent: {},
    stats: { id: MISSING },
    recipients: { id: MISSING, read: false },
    remind: { id: MISSING },
    uploadTicket: { ext: 'pdf' },
  },
  points: {
    me: {},
    history: {},
    memberHistory: { memberId: MISSING },
    ranking: { scope: 'members', period: 'month', orgId: MISSING },
    branchSummary: { orgId: MISSING, period: 'month' },
    setVisibility: { visible: true },
    adjust: { memberId: MISSING, points: 1, reason: '补发积分', requestId: 'access0000000002' },
    entry: { entryId: MISSING },
    reverse: { entryId: MISSING, reason: '更正积分' },
    rules: {},
    setRule: {
      code: MISSING,
      points: 1,
      dailyCap: null,
      weeklyCap: null,
      effectiveFrom: '2099-01-01',
    },
    exportYear: { orgId: MISSING, year: 2026 },
  },
  school: {
    home: {},
    courses: {},
    course: { id: MISSING },
    openLesson: { id: MISSING },
    heartbeat: { lessonId: MISSING, sessionId: MISSING, seq: 1, position: 15, playing: true },
    myHours: {},
    branchHours: { orgId: MISSING },
    branchStudy: { orgId: MISSING },
    courseProgress: { courseId: MISSING, orgId: MISSING },
    remindCourse: { courseId: MISSING, orgId: MISSING, requestId: 'access0000000031' },
    studyOverview: { orgId: MISSING },
    exportStudy: { orgId: MISSING },
    recordOffline: {
      memberId: MISSING,
      title: '集中培训',
      date: '2026-01-05',
      hours: 4,
      requestId: 'access0000000003',
    },
    offlineTicket: { ext: 'jpg' },
    offlineRecords: { memberId: MISSING },
    importOffline: { fileID: CLOUD_FILE, requestId: 'access0000000005' },
    offlineTemplate: {},
    hoursSettings: {},
    saveHoursSettings: { minutesPerHour: 45, memberHours: 32, leaderHours: 56 },
    exams: {},
    startExam: { examId: MISSING },
    submitExam: { attemptId: MISSING, answers: {} },
    saveAnswer: { attemptId: MISSING, questionId: MISSING, answer: ['A'] },
    examReview: { attemptId: MISSING },
    dailyQuiz: {},
    answerDaily: { questionId: MISSING, answer: ['A'] },
    saveNote: {
      lessonId: MISSING,
      requestId: 'access0000000004',
      text: '学习心得',
      shared: false,
    },
    deleteNote: { id: MISSING },
    myNotes: {},
    branchNotes: {},
    wrongBook: {},
    practiseWrong: { questionId: MISSING, answer: ['A'], requestId: 'practice-0001' },
    importQuestions: { fileID: CLOUD_FILE },
    questionTemplate: {},
    uploadTicket: { ext: 'mp4' },
    adminCourses: {},
    adminCourse: { id: MISSING },
    saveCourse: {
      id: MISSING,
      requestId: 'access0000000005',
      title: '专题学习',
      description: '',
      cover: null,
      scopeId: MISSING,
      assignment: null,
    },
    saveLesson: {
      courseId: MISSING,
      requestId: 'access0000000006',
      title: '第一课',
      content: { kind: 'article', body: '<p>正文</p>' },
    },
    deleteLesson: { id: MISSING },
    reorderLessons: { courseId: MISSING, lessonIds: [MISSING] },
    publishCourse: { id: MISSING, published: true },
    questions: {},
    saveQuestion: {
      id: MISSING,
      requestId: 'access0000000007',
      type: 'judge',
      stem: '党员应当履行义务。',
      options: [],
      answer: ['T'],
      explanation: '',
      tags: ['党章'],
      difficulty: 1,
      examOnly: false,
    },
    deleteQuestion: { id: MISSING },
    adminExams: {},
    adminExam: { id: MISSING },
    saveExam: {
      id: MISSING,
      requestId: 'access0000000008',
      title: '党章测试',
      scopeId: MISSING,
      paper: { kind: 'tags', picks: [{ tag: '党章', count: 5 }] },
      timeLimitMinutes: 30,
      passMark: 60,
      attemptsAllowed: 1,
      opensAt: '2026-12-01T08:00:00+08:00',
      closesAt: '2026-12-31T20:00:00+08:00',
    },
    publishExam: { id: MISSING },
  },
  activity: {
    plan: {
      orgId: MISSING,
      type: '主题党日',
      topic: '学习党章',
      startsAt: '2026-12-15T14:00:00+08:00',
      endsAt: '2026-12-15T16:00:00+08:00',
      place: '会议室',
    },
    month: { orgId: MISSING },
    copyLastMonth: { orgId: MISSING, month: '2026-12' },
    mine: {},
    get: { activityId: MISSING },
    signInCode: { activityId: MISSING },
    signIn: { activityId: MISSING, code: '123456' },
    mark: { activityId: MISSING, memberId: MISSING, state: 'present', reason: null },
    saveRecord: {
      activityId: MISSING,
      agenda: '',
      content: '',
      resolutions: [],
      grades: [],
      guests: [],
    },
    uploadTicket: { activityId: MISSING, ext: 'jpg' },
    addMedia: { activityId: MISSING, fileID: CLOUD_FILE, kind: 'photo' },
    confirm: { activityId: MISSING },
    amend: { activityId: MISSING, requestId: 'access0000000003', text: '更正' },
    studied: { activityId: MISSING },
    compliance: { orgId: MISSING, year: 2026 },
  },
  mailbox: {
    send: { to: 'branch', text: '食堂的热水器坏了', anonymous: true, photos: [MAILBOX_FILE] },
    snap: { text: '路灯坏了', place: '北门', anonymous: false, photos: [MAILBOX_FILE] },
    suggestCategory: { text: '建议' },
    uploadTicket: { ext: 'jpg' },
    byTicket: { ticket: '00000000000000000000' },
    mine: {},
    myLetter: { letterId: MISSING },
    rate: { ticket: '00000000000000000000', rating: '满意' },
    reopen: { ticket: '00000000000000000000', text: '还没有解决' },
    replyTemplate: {},
    subscribeReplies: { accepted: false },
    inbox: {},
    open: { letterId: MISSING },
    setStatus: { letterId: MISSING, status: '处理中' },
    recategorise: { letterId: MISSING, category: '其他' },
    reply: { letterId: MISSING, text: '已经安排' },
    setDelegates: { memberIds: [MISSING] },
    delegates: {},
    stats: { orgId: MISSING },
    settings: {},
    saveSettings: { replyDays: 7, rules: [] },
  },
};

/**
 * Refusals that come from the organisation a call is about, not from the caller's level: an
 * admin of one 总支 is an admin, but the points rules belong to the enterprise's admin.
 */
const SCOPE_REFUSALS: Partial<Record<string, string[]>> = {
  'points.setRule': [ID.prodAdmin],
  'mailbox.settings': [ID.prodAdmin],
  'mailbox.saveSettings': [ID.prodAdmin],
  'school.hoursSettings': [ID.prodAdmin],
  'school.saveHoursSettings': [ID.prodAdmin],
};

const PROPAGANDA = 'test-propaganda';
const UNKNOWN = 'wx-never-seen';
const callers: (string | null)[] = [
  null,
  UNKNOWN,
  ID.visitor,
  ID.member,
  ID.member2,
  PROPAGANDA,
  ID.secretary,
  ID.prodAdmin,
  ID.admin,
];
const rank = (level: AccessLevel) => ACCESS_LEVELS.indexOf(level);

let t: TestCloud;
const levels = new Map<string | null, AccessLevel>();

/** A caller's level, from the roles their binding gives them. */
function levelOf(roles: Role[] | null, openid: string | null): AccessLevel {
  if (!openid) return 'anyone';
  if (!roles) return 'wechat';
  if (roles.some(isAdminRole)) return 'admin';
  if (roles.some(isManagingRole)) return 'manager';
  if (roles.some((r) => publisherKindOf(r) !== null)) return 'publisher';
  return 'member';
}

/** Binds the 宣传委员 of demo-secretary's branch, the one seat that publishes without managing. */
async function bindPropaganda() {
  const me = await t.call(ID.secretary, 'member', 'me', {});
  if (!me.ok || !me.data.bound) throw new Error('demo-secretary 未绑定');
  const tree = await t.call(ID.secretary, 'member', 'orgTree', { rootId: me.data.org._id });
  if (!tree.ok) throw new Error(tree.error.message);
  const seat = tree.data.items[0].committee.find((s) => s.title === '宣传委员');
  if (!seat) throw new Error('支部没有宣传委员');
  const invite = await t.call(ID.secretary, 'member', 'issueInvite', { memberId: seat.memberId });
  if (!invite.ok) throw new Error(invite.error.message);
  const bound = await t.call(PROPAGANDA, 'member', 'bind', { code: invite.data.code });
  if (!bound.ok) throw new Error(bound.error.message);
}

beforeAll(async () => {
  t = await startTestCloud();
  await bindPropaganda();
  for (const openid of callers) {
    const me = openid ? await t.call(openid, 'member', 'me', {}) : null;
    const roles = me?.ok && me.data.bound ? me.data.roles : null;
    levels.set(openid, levelOf(roles, openid));
  }
});
afterAll(() => t.close());

it('has callers at every level', () => {
  expect(new Set(levels.values())).toEqual(new Set(ACCESS_LEVELS));
});

it('has a row and a sample for every action the functions accept', () => {
  for (const [fn, schemas] of Object.entries(SCHEMAS)) {
    const actions = Object.keys(schemas).sort();
    expect(Object.keys(ACCESS[fn as FunctionName]).sort()).toEqual(actions);
    expect(Object.keys(SAMPLES[fn as FunctionName]).sort()).toEqual(actions);
  }
});

const cases = Object.entries(SAMPLES).flatMap(([fn, actions]) =>
  Object.entries(actions).map(([action, data]) => [`${fn}.${action}`, fn, action, data] as const),
);

describe.each(cases)('%s', (name, fn, action, data) => {
  const level = (ACCESS as Record<string, Record<string, AccessLevel>>)[fn][action];

  it.each(callers.map((c) => [c ?? '(no OPENID)', c]))('as %s', async (_label, openid) => {
    const writes = t.cloud.db.stats().writes;
    const reply = await t.post(fn, { action, data }, openid);
    const callerLevel = levels.get(openid) as AccessLevel;
    const error = reply.body.ok ? null : reply.body.error.code;

    if (rank(callerLevel) < rank(level)) {
      const expected = rank(callerLevel) < rank('member') ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(error).toBe(expected);
      expect(t.cloud.db.stats().writes).toBe(writes);
    } else if (openid && SCOPE_REFUSALS[name]?.includes(openid)) {
      expect(error).toBe('FORBIDDEN');
    } else {
      expect(['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL']).not.toContain(error);
    }
  });
});
