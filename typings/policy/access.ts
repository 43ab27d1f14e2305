import type { ActionName, FunctionName } from '../functions';

/**
 * Who may call an action at all, from the widest audience to the narrowest. The router refuses
 * a caller below the action's level before the handler runs; the handler then checks the
 * organisation the call is about (a secretary manages their branch, not the next one).
 * - `anyone`: also a caller WeChat does not identify (moments single-page mode has no OPENID);
 * - `wechat`: an identified WeChat user, bound to a member or not;
 * - `member`: a bound member;
 * - `publisher`: a member who writes news (宣传委员, 书记, 副书记, organisation admin);
 * - `manager`: a member holding a managing role (书记, 副书记, organisation admin);
 * - `admin`: an organisation admin.
 */
export const ACCESS_LEVELS = [
  'anyone',
  'wechat',
  'member',
  'publisher',
  'manager',
  'admin',
] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

type AccessTable = { [F in FunctionName]: { [A in ActionName<F>]: AccessLevel } };

/** Every action of every function has a row: a new action without one does not compile. */
export const ACCESS = {
  member: {
    me: 'wechat',
    bind: 'wechat',
    get: 'member',
    reveal: 'member',
    list: 'member',
    updateProfile: 'member',
    orgTree: 'member',
    create: 'manager',
    update: 'manager',
    move: 'manager',
    issueInvite: 'manager',
    revokeInvite: 'manager',
    unbind: 'manager',
    importRoster: 'manager',
    exportRoster: 'manager',
    importTemplate: 'manager',
    auditLog: 'admin',
  },
  news: {
    get: 'anyone',
    columns: 'member',
    list: 'member',
    heartbeat: 'member',
    history: 'member',
    share: 'member',
    myShares: 'member',
    save: 'publisher',
    submit: 'publisher',
    withdraw: 'publisher',
    mine: 'publisher',
    uploadTicket: 'publisher',
    saveColumn: 'manager',
    review: 'manager',
    pin: 'manager',
    queue: 'manager',
    readers: 'manager',
    subtree: 'admin',
  },
  notice: {
    templates: 'member',
    subscribe: 'member',
    inbox: 'member',
    get: 'member',
    send: 'manager',
    uploadTicket: 'manager',
    sent: 'manager',
    stats: 'manager',
    recipients: 'manager',
    remind: 'manager',
  },
  points: {
    me: 'member',
    history: 'member',
    ranking: 'member',
    branchSummary: 'member',
    setVisibility: 'member',
    rules: 'member',
    memberHistory: 'manager',
    adjust: 'manager',
    exportYear: 'manager',
    entry: 'admin',
    reverse: 'admin',
    setRule: 'admin',
  },
  // Secretaries record and see 学时 for their branch, admins for their subtree: the handler
  // holds them to it.
  school: {
    home: 'member',
    courses: 'member',
    course: 'member',
    openLesson: 'member',
    // A beat continues the session openLesson started for a member, found by the OPENID alone.
    heartbeat: 'wechat',
    myHours: 'member',
    exams: 'member',
    startExam: 'member',
    // An attempt belongs to the OPENID that started it, in scope, within its time limit.
    submitExam: 'wechat',
    examReview: 'wechat',
    dailyQuiz: 'member',
    answerDaily: 'member',
    saveNote: 'member',
    deleteNote: 'member',
    myNotes: 'member',
    branchNotes: 'member',
    wrongBook: 'member',
    practiseWrong: 'member',
    // The question bank is the enterprise's: its admins import it.
    importQuestions: 'admin',
    questionTemplate: 'admin',
    // Courses, the bank and exams are written by admins, each within their subtree.
    uploadTicket: 'admin',
    adminCourses: 'admin',
    adminCourse: 'admin',
    saveCourse: 'admin',
    saveLesson: 'admin',
    deleteLesson: 'admin',
    reorderLessons: 'admin',
    publishCourse: 'admin',
    questions: 'admin',
    saveQuestion: 'admin',
    deleteQuestion: 'admin',
    adminExams: 'admin',
    adminExam: 'admin',
    saveExam: 'admin',
    publishExam: 'admin',
    branchHours: 'manager',
    branchStudy: 'manager',
    courseProgress: 'manager',
    remindCourse: 'manager',
    studyOverview: 'manager',
    exportStudy: 'manager',
    recordOffline: 'manager',
    offlineTicket: 'manager',
    importOffline: 'manager',
    offlineTemplate: 'manager',
    // A member's own records, or a member's whom the caller manages: the handler decides.
    offlineRecords: 'member',
    saveAnswer: 'wechat',
    // The enterprise's admins: the handler refuses an admin of a part of it.
    hoursSettings: 'admin',
    saveHoursSettings: 'admin',
  },
  mailbox: {
    byTicket: 'wechat',
    send: 'member',
    snap: 'member',
    suggestCategory: 'member',
    uploadTicket: 'member',
    mine: 'member',
    myLetter: 'member',
    rate: 'wechat',
    reopen: 'wechat',
    replyTemplate: 'member',
    subscribeReplies: 'member',
    // A 纪检委员 answers 随手拍 reports, a delegate reads for the secretary: the handler decides.
    inbox: 'member',
    open: 'member',
    setStatus: 'member',
    recategorise: 'member',
    reply: 'member',
    setDelegates: 'manager',
    delegates: 'manager',
    stats: 'manager',
    settings: 'admin',
    saveSettings: 'admin',
  },
  // The handler holds the caller to the branch: its 书记 or 组织委员 plans, the host and
  // recorder keep the record, its members sign in, the organisations above it read.
  activity: {
    plan: 'member',
    copyLastMonth: 'member',
    month: 'member',
    mine: 'member',
    get: 'member',
    signInCode: 'member',
    signIn: 'member',
    mark: 'member',
    saveRecord: 'member',
    uploadTicket: 'member',
    addMedia: 'member',
    confirm: 'member',
    amend: 'member',
    studied: 'member',
    compliance: 'member',
  },
} as const satisfies AccessTable;

export const accessOf = <F extends FunctionName>(fn: F, action: ActionName<F>): AccessLevel =>
  (ACCESS[fn] as Record<string, AccessLevel>)[action];
