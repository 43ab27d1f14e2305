/**
 * Every collection the functions use and the indexes behind their queries. The provisioning
 * step (local cloud seed; deploy instructions for a real environment) creates exactly these.
 */
export interface IndexSpec {
  name: string;
  /** Field → 1 (ascending) or -1 (descending), leftmost first. */
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

export interface CollectionSpec {
  name: string;
  indexes: IndexSpec[];
}

export const COLLECTIONS = {
  organisations: {
    name: 'organisations',
    indexes: [
      { name: 'path', keys: { path: 1 } },
      { name: 'parent', keys: { parentId: 1, name: 1 } },
    ],
  },
  members: {
    name: 'members',
    indexes: [
      { name: 'openid', keys: { openid: 1 } },
      { name: 'roster', keys: { rosterKey: 1 } },
      { name: 'id_number', keys: { idNumberKey: 1 }, unique: true },
      // Numbers held pending beside another member's (member/duplicates.ts): not unique.
      { name: 'id_number_pending', keys: { idNumberPendingKey: 1 } },
    ],
  },
  invites: {
    name: 'invites',
    indexes: [{ name: 'member', keys: { memberId: 1 } }],
  },
  bindings: { name: 'bindings', indexes: [] },
  bindAttempts: { name: 'bind_attempts', indexes: [] },
  auditLogs: {
    name: 'audit_logs',
    indexes: [{ name: 'org_time', keys: { orgIds: 1, at: -1 } }],
  },
  newsColumns: {
    name: 'news_columns',
    indexes: [{ name: 'org', keys: { orgId: 1, order: 1 } }],
  },
  articles: {
    name: 'news_articles',
    indexes: [
      { name: 'feed', keys: { status: 1, zone: 1, feedKey: -1 } },
      { name: 'feed_column', keys: { status: 1, zone: 1, column: 1, feedKey: -1 } },
      // A member's zone: one span per scope they see (their 总支, their branch), merged in
      // feed order, so sibling branches' articles are never walked.
      { name: 'feed_scope', keys: { status: 1, zone: 1, scopeId: 1, feedKey: -1 } },
      {
        name: 'feed_scope_column',
        keys: { status: 1, zone: 1, column: 1, scopeId: 1, feedKey: -1 },
      },
      // 下级动态 (news.subtree): newest first whether pinned or not, a zone or a scope span each.
      { name: 'subtree', keys: { status: 1, zone: 1, publishedKey: -1 } },
      { name: 'subtree_scope', keys: { status: 1, zone: 1, scopeId: 1, publishedKey: -1 } },
      { name: 'queue', keys: { status: 1, queueKey: 1 } },
      { name: 'editor', keys: { editorId: 1, updatedAt: -1 } },
    ],
  },
  articleReads: {
    name: 'news_reads',
    indexes: [
      { name: 'history', keys: { memberId: 1, historyKey: -1 } },
      { name: 'readers', keys: { articleId: 1, orgPath: 1 } },
    ],
  },
  shareOpens: { name: 'news_shares', indexes: [] },
  // A link names its share by token; 我的分享 is one range of (sharerId, listKey); an article
  // published again with a new title renames its shares.
  shares: {
    name: 'news_share_links',
    indexes: [
      { name: 'token', keys: { token: 1 }, unique: true },
      { name: 'sharer', keys: { sharerId: 1, listKey: -1 } },
      { name: 'article', keys: { articleId: 1 } },
    ],
  },
  notices: {
    name: 'notices',
    indexes: [{ name: 'sender', keys: { senderId: 1, createdAt: -1 } }],
  },
  noticeInbox: {
    name: 'notice_inbox',
    indexes: [
      { name: 'member', keys: { memberId: 1, inboxKey: -1 } },
      { name: 'recipients', keys: { noticeId: 1, read: 1, _id: 1 } },
    ],
  },
  noticeUnread: { name: 'notice_unread', indexes: [] },
  subscriptions: { name: 'subscriptions', indexes: [] },
  noticeOutbox: {
    name: 'notice_outbox',
    indexes: [{ name: 'pending', keys: { state: 1, createdAt: 1 } }],
  },
  // Uploads the server issued a path for, and exports until their link expires.
  files: {
    name: 'files',
    indexes: [{ name: 'expiry', keys: { place: 1, expiresAt: 1 } }],
  },
  pointRules: { name: 'point_rules', indexes: [] },
  pointLedger: {
    name: 'point_ledger',
    indexes: [{ name: 'history', keys: { memberId: 1, at: -1, _id: -1 } }],
  },
  pointMemberYears: {
    name: 'point_member_years',
    indexes: [{ name: 'branch_year', keys: { orgId: 1, year: 1 } }],
  },
  pointBranchYears: {
    name: 'point_branch_years',
    indexes: [{ name: 'year_path', keys: { year: 1, orgPath: 1 } }],
  },
  pointPrefs: { name: 'point_prefs', indexes: [] },
  // Read by _id. The timer's sweep of earlier runs scans it whole, which stays cheap: one
  // document per 50 branches, per large organisation and period.
  pointRankPages: { name: 'point_rank_pages', indexes: [] },
  schoolCourses: {
    name: 'school_courses',
    indexes: [
      { name: 'list', keys: { status: 1, scopeId: 1, listKey: -1 } },
      { name: 'assigned', keys: { status: 1, assignedOrgId: 1, listKey: -1 } },
      // An admin's courses: the range of their organisation's path.
      { name: 'edit', keys: { editKey: 1 } },
      // Courses whose branch figures are still being built, for the timer.
      { name: 'building', keys: { figuresBuilding: 1 } },
    ],
  },
  schoolLessons: {
    name: 'school_lessons',
    indexes: [{ name: 'course', keys: { courseId: 1, order: 1 } }],
  },
  // A member's lessons of one course: one range of the index.
  schoolProgress: {
    name: 'school_progress',
    indexes: [{ name: 'member_course', keys: { memberId: 1, courseId: 1 } }],
  },
  // `${year}:${memberId}`: read by _id; a branch's year is one range of (orgId, year).
  schoolYears: {
    name: 'school_member_years',
    indexes: [
      { name: 'branch_year', keys: { orgId: 1, year: 1 } },
      // A heartbeat finds the year holding the caller's session by their OPENID.
      { name: 'session', keys: { 'active.openid': 1, year: 1 } },
    ],
  },
  schoolOffline: {
    name: 'school_offline',
    indexes: [{ name: 'member', keys: { memberId: 1, listKey: -1 } }],
  },
  // `${courseId}:${branchId}`: read by _id; a branch's assigned courses are one range of
  // (orgId, listKey); a course's branches under an organisation one range of (courseId, orgPath).
  schoolCourseBranches: {
    name: 'school_course_branches',
    indexes: [
      { name: 'branch', keys: { orgId: 1, listKey: 1 } },
      { name: 'course_path', keys: { courseId: 1, orgPath: 1 } },
    ],
  },
  // `${year}:${branchId}`: read by _id, a page of branches at a time.
  schoolBranchYears: { name: 'school_branch_years', indexes: [] },
  // The enterprise's 学时 settings, read by _id.
  schoolSettings: { name: 'school_settings', indexes: [] },
  // The bank's editors list it newest first, whole or by type or tag; an exam draws by tag.
  schoolQuestions: {
    name: 'school_questions',
    indexes: [
      { name: 'bank', keys: { deleted: 1, listKey: -1 } },
      { name: 'bank_type', keys: { deleted: 1, type: 1, listKey: -1 } },
      { name: 'bank_tag', keys: { tags: 1, deleted: 1, listKey: -1 } },
    ],
  },
  schoolBank: { name: 'school_bank', indexes: [] },
  schoolExams: {
    name: 'school_exams',
    indexes: [
      { name: 'scope', keys: { scopeId: 1, closesAt: -1 } },
      { name: 'edit', keys: { editKey: 1 } },
    ],
  },
  schoolAttempts: {
    name: 'school_attempts',
    indexes: [{ name: 'member_exam', keys: { memberId: 1, examId: 1, n: 1 } }],
  },
  schoolDaily: { name: 'school_daily', indexes: [] },
  // A member's 错题本 is one range of (memberId, cleared), newest first.
  schoolWrong: {
    name: 'school_wrong',
    indexes: [{ name: 'member_book', keys: { memberId: 1, cleared: 1, listKey: -1 } }],
  },
  schoolNotes: {
    name: 'school_notes',
    indexes: [
      { name: 'member', keys: { memberId: 1, listKey: -1 } },
      { name: 'branch_shared', keys: { orgId: 1, shared: 1, listKey: -1 } },
    ],
  },
  mailboxLetters: {
    name: 'mailbox_letters',
    indexes: [
      { name: 'box', keys: { box: 1, sortKey: -1 } },
      { name: 'box_status', keys: { box: 1, status: 1, sortKey: -1 } },
      { name: 'box_category', keys: { box: 1, category: 1, sortKey: -1 } },
      { name: 'box_status_category', keys: { box: 1, status: 1, category: 1, sortKey: -1 } },
      { name: 'writer', keys: { writerId: 1, sortKey: -1 } },
      { name: 'ticket', keys: { ticketIndex: 1 } },
      // The deadline timer: letters of one waiting status, not yet flagged, past their day.
      { name: 'due', keys: { status: 1, overdue: 1, deadline: 1 } },
    ],
  },
  mailboxStats: { name: 'mailbox_stats', indexes: [] },
  mailboxLimits: {
    name: 'mailbox_limits',
    // The timer drops past days' counters: one range of it.
    indexes: [{ name: 'day', keys: { day: 1 } }],
  },
  mailboxDelegates: {
    name: 'mailbox_delegates',
    indexes: [{ name: 'delegate', keys: { memberIds: 1 } }],
  },
  mailboxSettings: { name: 'mailbox_settings', indexes: [] },
  activities: {
    name: 'activities',
    // `${orgId}|${ISO start}|${_id}`: a branch's activities of any span are one range of it.
    indexes: [{ name: 'branch', keys: { branchKey: 1 } }],
  },
  activityAttendance: {
    name: 'activity_attendance',
    indexes: [
      { name: 'activity', keys: { activityId: 1, memberId: 1 } },
      { name: 'member', keys: { memberId: 1, startsAt: -1 } },
      { name: 'to_study', keys: { memberId: 1, state: 1, studiedAt: 1, startsAt: -1 } },
      { name: 'branch_time', keys: { orgId: 1, state: 1, startsAt: -1 } },
    ],
  },
  // One document per branch and year: the compliance matrix reads a page of them.
  activityCompliance: {
    name: 'activity_compliance',
    indexes: [{ name: 'year_path', keys: { year: 1, orgPath: 1 } }],
  },
} as const satisfies Record<string, CollectionSpec>;

export const ALL_COLLECTIONS: CollectionSpec[] = Object.values(COLLECTIONS);
