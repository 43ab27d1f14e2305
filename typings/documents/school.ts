/** The micro party school's documents (docs/domain.md §7). */

import type { RoleCode } from './member';

export type LessonKind = 'video' | 'audio' | 'article';
export type QuestionType = 'single' | 'multiple' | 'judge';

/** Collection `school_courses`: a 专题 of ordered lessons, visible at its scope and below. */
export interface CourseDoc {
  _id: string;
  title: string;
  description: string;
  /** cloud:// file id or https URL. */
  cover: string | null;
  scopeId: string;
  scopePath: string;
  scopeName: string;
  /** Withdrawn: members no longer see it; their progress is kept. */
  status: 'draft' | 'published' | 'withdrawn';
  lessonCount: number;
  /** Seconds of all lessons together. */
  durationSeconds: number;
  /** Assigned to an organisation's subtree, to be finished by `deadline` (`YYYY-MM-DD`). */
  assignment: { orgId: string; orgPath: string; orgName: string; deadline: string } | null;
  /** The assignment's organisation, top-level so an index finds a branch's assigned courses. */
  assignedOrgId: string | null;
  /** `publishedAt ISO | _id`, descending: the course list's order and cursor. */
  listKey: string;
  /** `scopePath + createdAt ISO | _id`: the courses under an admin's organisation are one range. */
  editKey: string;
  createdAt: Date;
  updatedAt: Date;
  /** The run that built or is building its branches' figures; null without figures (progress/course-figures.ts). */
  figuresRun?: string | null;
  /** The path of the last branch that run built. */
  figuresAfter?: string;
  /** Until the run has built every branch: the school's timer carries it on. */
  figuresBuilding?: boolean;
}

/** Collection `school_lessons`. */
export interface LessonDoc {
  _id: string;
  courseId: string;
  /** The course's scope, copied so a lesson's visibility needs no read of its course. */
  scopePath: string;
  /** Whether its course is published, copied for the same reason. */
  published: boolean;
  order: number;
  kind: LessonKind;
  title: string;
  /** Video or audio: its cloud file id. */
  fileID: string | null;
  /** Article: sanitised HTML. */
  body: string | null;
  /** Video/audio: the media's length; article: its reading time (docs/domain.md §7.6). */
  durationSeconds: number;
}

/** The member's one study session (docs/domain.md §7.6). */
export interface StudySessionState {
  /** The WeChat user who opened it: their beats find it by this alone. */
  openid: string;
  /** The member's role codes when it opened: their requirement in the branch's figures. */
  roles: { code: RoleCode }[];
  lessonId: string;
  courseId: string;
  /** The lesson's title, for 继续学习 on the tab. */
  title: string;
  sessionId: string;
  seq: number;
  at: Date;
  position: number;
  playing: boolean;
  /** Seconds of this lesson watched, including this session's credit. */
  watched: number;
  durationSeconds: number;
  completed: boolean;
}

/**
 * Collection `school_member_years`, `_id` `${year}:${memberId}`: the maintained study figures of
 * one member in one calendar year, and their open study session.
 */
export interface StudyYearDoc {
  _id: string;
  memberId: string;
  memberName: string;
  orgId: string;
  orgPath: string;
  year: number;
  onlineSeconds: number;
  offlineHours: number;
  lessonsCompleted: number;
  active: StudySessionState | null;
  updatedAt: Date;
}

/** Collection `school_progress`, `_id` `${memberId}:${lessonId}`: where a member is in a lesson. */
export interface LessonProgressDoc {
  _id: string;
  memberId: string;
  courseId: string;
  lessonId: string;
  position: number;
  watched: number;
  completedAt: Date | null;
  updatedAt: Date;
}

/**
 * Collection `school_offline`, `_id` `${recorderId}:${requestId}` (a sheet's rows
 * `${recorderId}:${requestId}:${row}`): 学时 earned off the phone.
 */
export interface OfflineStudyDoc {
  _id: string;
  memberId: string;
  orgId: string;
  orgPath: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  hours: number;
  /** The evidence photo's cloud file, recorded in `files` as this record's. */
  evidence: string | null;
  recordedBy: string;
  /** `date | _id`: a member's records, latest training first. */
  listKey: string;
  createdAt: Date;
}

/**
 * Collection `school_settings`, `_id` the enterprise's organisation id: how it counts 学时
 * (docs/domain.md §7.1, §7.2); the defaults while it has none.
 */
export interface SchoolSettingsDoc {
  _id: string;
  minutesPerHour: number;
  memberHours: number;
  leaderHours: number;
  updatedBy: string;
  updatedAt: Date;
}

/**
 * Collection `school_course_branches`, `_id` `${courseId}:${branchId}`: an assigned course in
 * one branch, kept as members complete it and as the roster changes (docs/domain.md §7.12).
 */
export interface CourseBranchDoc {
  _id: string;
  courseId: string;
  courseTitle: string;
  /** `YYYY-MM-DD`. */
  deadline: string;
  lessonCount: number;
  orgId: string;
  orgPath: string;
  orgName: string;
  assigned: number;
  completed: number;
  /** Every member the course is assigned to here, by id: whether they have completed it. */
  members: Record<string, { name: string; done: boolean }>;
  /** `${deadline}|${courseId}`: a branch's assigned courses, nearest deadline first. */
  listKey: string;
  updatedAt: Date;
  /** The run that built it; none for the seed's. */
  run?: string;
}

/**
 * One member's year in their branch's figures: verified seconds (学时 follow the enterprise's
 * conversion when read), offline 学时, and the role codes their requirement depends on.
 */
export interface BranchMemberHours {
  name: string;
  onlineSeconds: number;
  offline: number;
  roles: { code: RoleCode }[];
}

/**
 * Collection `school_branch_years`, `_id` `${year}:${branchId}`: the branch's members' 学时 in a
 * year, set whenever a member's total moves by a tenth, so the branch's pace warning and the
 * admin's distribution read one document per branch (docs/domain.md §7.12).
 */
export interface BranchStudyYearDoc {
  _id: string;
  orgId: string;
  orgPath: string;
  orgName: string;
  year: number;
  members: Record<string, BranchMemberHours>;
  updatedAt: Date;
}

export interface QuestionOption {
  key: string;
  text: string;
}

/** Collection `school_questions`: the question bank. */
export interface QuestionDoc {
  _id: string;
  type: QuestionType;
  stem: string;
  options: QuestionOption[];
  /** The right option keys, sorted. Never sent before a paper is submitted. */
  answer: string[];
  explanation: string;
  tags: string[];
  difficulty: 1 | 2 | 3;
  /** Never in practice or the daily quiz. */
  examOnly: boolean;
  /** A deleted question leaves the bank and new papers; attempts that hold it still grade it. */
  deleted: boolean;
  /** `createdAt ISO | _id`: the bank's order for its editors, newest first. */
  listKey: string;
  createdAt: Date;
}

/** Collection `school_bank`, `_id` `practice`: the ids the daily quiz draws from, maintained on save. */
export interface PracticeBankDoc {
  _id: 'practice';
  questionIds: string[];
}

/**
 * Collection `school_wrong`, `_id` `${memberId}:${questionId}`: a question in a member's 错题本
 * (docs/domain.md §7.9). A cleared one is kept, so a retried grading does not bring it back.
 */
export interface WrongDoc {
  _id: string;
  memberId: string;
  questionId: string;
  wrongCount: number;
  streak: number;
  cleared: boolean;
  /** The attempt or day's quiz that last booked it: booking it again from there changes nothing. */
  source: string;
  /** The practice answer last counted: a resent one counts once. */
  lastRequest: string | null;
  wrongAt: Date;
  /** `${wrongAt ISO}|${questionId}`: the book's order, newest first. */
  listKey: string;
}

/** Collection `school_exams`. */
export interface ExamDoc {
  _id: string;
  title: string;
  scopeId: string;
  scopePath: string;
  scopeName: string;
  /** Members see a published exam only. */
  status: 'draft' | 'published';
  /** A fixed paper; empty when the paper is drawn by tag. */
  questionIds: string[];
  /** Drawn anew for every attempt: `count` questions of each tag (docs/domain.md §7.7). */
  picks: TagPick[];
  questionCount: number;
  timeLimitMinutes: number;
  /** Out of 100. */
  passMark: number;
  attemptsAllowed: number;
  opensAt: Date;
  closesAt: Date;
  /** As a course's: the exams under an admin's organisation are one range. */
  editKey: string;
  createdAt: Date;
  /** The questions as they were when the exam was published; null while a draft. */
  bank: ExamBank | null;
}

/** A question as an exam keeps it: what a paper shows, and its answer and explanation. */
export type ExamQuestion = Pick<
  QuestionDoc,
  '_id' | 'type' | 'stem' | 'options' | 'answer' | 'explanation' | 'examOnly'
>;

/**
 * An exam's questions, sealed at publication (docs/domain.md §7.7): an edit to the bank later
 * changes no running exam, and starting an attempt reads nothing but the exam.
 */
export interface ExamBank {
  questions: ExamQuestion[];
  /** For a paper drawn by tag: the ids each pick draws from (rules/draw.ts sealedPools). */
  pools: Record<string, string[]>;
}

export interface TagPick {
  tag: string;
  count: number;
}

/** Collection `school_attempts`, `_id` `${examId}:${memberId}:${n}`. */
export interface AttemptDoc {
  _id: string;
  examId: string;
  memberId: string;
  orgId: string;
  orgPath: string;
  /** Who started it: the attempt is theirs to answer and submit, by OPENID. */
  openid: string;
  n: number;
  /** The exam's title and pass mark when the attempt began: grading needs no read of the exam. */
  title: string;
  passMark: number;
  /** The paper in this attempt's order; options shuffled per question. */
  questionIds: string[];
  optionOrder: Record<string, string[]>;
  /** The right option keys of each question: grading needs no read of the questions. */
  key: Record<string, string[]>;
  /** Its exam-only questions, which never go into the 错题本. */
  examOnly: string[];
  startedAt: Date;
  endsAt: Date;
  submittedAt: Date | null;
  /** Answers saved as they were chosen, before the submission; absent until the first. */
  saved?: Record<string, string[]>;
  answers: Record<string, string[]> | null;
  score: number | null;
  passed: boolean | null;
}

/** Collection `school_daily`, `_id` `${memberId}:${date}`: a member's daily quiz. */
export interface DailyQuizDoc {
  _id: string;
  memberId: string;
  date: string;
  questionIds: string[];
  answers: Record<string, { chosen: string[]; correct: boolean }>;
  doneAt: Date | null;
}

/** Collection `school_notes`: a member's 学习笔记 on a lesson, private unless shared with the branch. */
export interface NoteDoc {
  _id: string;
  memberId: string;
  memberName: string;
  orgId: string;
  lessonId: string;
  lessonTitle: string;
  text: string;
  shared: boolean;
  /** `updatedAt ISO | _id`: a member's notes and a branch's shared notes are ranges of it. */
  listKey: string;
  createdAt: Date;
  updatedAt: Date;
}
