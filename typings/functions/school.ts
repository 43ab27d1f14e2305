import * as z from 'zod';
import type { LessonKind, QuestionDoc, QuestionOption, QuestionType } from '../documents';
import { HOURS_SETTING_LIMITS, OFFLINE_HOURS_MAX, requestIdSchema } from '../policy';
import { cursorSchema, dateSchema, idSchema, type Page, type UploadTicket } from './common';
import { safeText } from './text';

/** Option keys as a paper shows them: A–F, or T/F for true/false. */
const optionKeySchema = z.string().regex(/^[A-FT]$/, { error: '选项须为 A–F 或 T/F' });
const chosenSchema = z.array(optionKeySchema).max(6);

/** Files an admin uploads to the school: a course cover, a lesson's video or audio. */
export const SCHOOL_UPLOAD_TYPES = ['jpg', 'jpeg', 'png', 'webp', 'mp4', 'm4a', 'mp3'] as const;
/** The longest media lesson the server accepts (a day's lecture). */
export const LESSON_MEDIA_MAX_SECONDS = 8 * 3600;
/** The most questions one exam paper holds. */
export const EXAM_PAPER_MAX = 100;
const cloudFileSchema = z.string().startsWith('cloud://').max(300);
const instant = z.iso.datetime({ offset: true, error: '须为带时区的 ISO 8601 时间' });
const questionTypeSchema = z.enum(['single', 'multiple', 'judge']);
const mediaLesson = <K extends 'video' | 'audio'>(kind: K) =>
  z
    .object({
      kind: z.literal(kind),
      fileID: cloudFileSchema,
      /** From the client's media metadata; the server holds it to a sane range. */
      durationSeconds: z.number().min(1).max(LESSON_MEDIA_MAX_SECONDS),
    })
    .strict();

/** Offline 学时: more than none, at most one decimal (docs/domain.md §7.2). */
export const offlineHoursSchema = z
  .number()
  .gt(0, { error: '学时须大于 0' })
  .max(OFFLINE_HOURS_MAX, { error: `一次最多登记 ${OFFLINE_HOURS_MAX} 学时` })
  .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-6, { error: '学时最多一位小数' });

const between = ({ min, max }: { min: number; max: number }) => z.int().min(min).max(max);
const sheetFileSchema = z.string().startsWith('cloud://').max(300);

export const schoolSchemas = {
  home: z.object({}).strict(),
  courses: z.object({ cursor: cursorSchema.optional() }).strict(),
  course: z.object({ id: idSchema }).strict(),
  /** Opens a lesson for study: starts the caller's one study session (docs/domain.md §7.6). */
  openLesson: z.object({ id: idSchema }).strict(),
  /** `position`: seconds into the media (articles: seconds read); `playing`: from now on. */
  heartbeat: z
    .object({
      lessonId: idSchema,
      sessionId: idSchema,
      seq: z.int().min(1).max(1_000_000),
      position: z.number().min(0).max(86_400),
      playing: z.boolean(),
    })
    .strict(),
  myHours: z.object({}).strict(),
  branchHours: z.object({ orgId: idSchema, cursor: cursorSchema.optional() }).strict(),
  recordOffline: z
    .object({
      memberId: idSchema,
      title: z.string().trim().min(2).max(60),
      date: dateSchema,
      hours: offlineHoursSchema,
      requestId: requestIdSchema,
      /** A photo of the sign-in sheet or certificate, uploaded where `offlineTicket` said. */
      evidence: z.string().startsWith('cloud://').max(300).optional(),
    })
    .strict(),
  /** Where to upload one evidence photo: the server chooses and records the path. */
  offlineTicket: z.object({ ext: z.enum(['jpg', 'jpeg', 'png']) }).strict(),
  /** A member's offline records, newest first: their own, or those of a member one manages. */
  offlineRecords: z.object({ memberId: idSchema, cursor: cursorSchema.optional() }).strict(),
  /** A sheet of offline 学时 (docs/domain.md §7.2); a resent import (same request id) writes once. */
  importOffline: z.object({ fileID: sheetFileSchema, requestId: requestIdSchema }).strict(),
  offlineTemplate: z.object({}).strict(),
  /** The enterprise's 学时 settings (docs/domain.md §7.1, §7.2), for its admins. */
  hoursSettings: z.object({}).strict(),
  saveHoursSettings: z
    .object({
      minutesPerHour: between(HOURS_SETTING_LIMITS.minutesPerHour),
      memberHours: between(HOURS_SETTING_LIMITS.memberHours),
      leaderHours: between(HOURS_SETTING_LIMITS.leaderHours),
    })
    .strict(),
  exams: z.object({}).strict(),
  startExam: z.object({ examId: idSchema }).strict(),
  /** Answers keyed by question id, each the chosen option keys. */
  submitExam: z.object({ attemptId: idSchema, answers: z.record(idSchema, chosenSchema) }).strict(),
  /** One answer as it is chosen; the last saved for a question counts unless the submission sends one. */
  saveAnswer: z
    .object({ attemptId: idSchema, questionId: idSchema, answer: chosenSchema })
    .strict(),
  /** A submitted attempt with the right answers and explanations. */
  examReview: z.object({ attemptId: idSchema }).strict(),
  dailyQuiz: z.object({}).strict(),
  answerDaily: z.object({ questionId: idSchema, answer: chosenSchema.min(1) }).strict(),
  /** A new note carries the form's request id (a resent form saves once); an edit, its id. */
  saveNote: z
    .object({
      lessonId: idSchema,
      id: idSchema.optional(),
      requestId: requestIdSchema,
      text: z.string().trim().min(1).max(2000),
      shared: z.boolean(),
    })
    .strict(),
  deleteNote: z.object({ id: idSchema }).strict(),
  myNotes: z.object({ cursor: cursorSchema.optional() }).strict(),
  branchNotes: z.object({ cursor: cursorSchema.optional() }).strict(),
  /** The caller's 错题本 (docs/domain.md §7.9), the latest wrong answers first. */
  wrongBook: z.object({ cursor: cursorSchema.optional() }).strict(),
  /** One practice answer to a question of the book; a resent answer (same request id) counts once. */
  practiseWrong: z
    .object({ questionId: idSchema, answer: chosenSchema.min(1), requestId: requestIdSchema })
    .strict(),
  /** An admin's question-bank sheet, uploaded to the caller's own imports folder (docs/domain.md §7.10). */
  importQuestions: z.object({ fileID: sheetFileSchema }).strict(),
  questionTemplate: z.object({}).strict(),

  // Completion and 学时 for those who manage (docs/domain.md §7.12).
  /** A branch's study at a glance: assigned courses' completion and who is behind pace. */
  branchStudy: z.object({ orgId: idSchema }).strict(),
  /** An assigned course in one branch: x / y completed and the names of those not done. */
  courseProgress: z.object({ courseId: idSchema, orgId: idSchema }).strict(),
  /** A notice to exactly those not done; a resent tap (same request id) reminds once. */
  remindCourse: z
    .object({ courseId: idSchema, orgId: idSchema, requestId: requestIdSchema })
    .strict(),
  /** Branches × assigned courses and the 学时 distribution, a page of branches of the subtree. */
  studyOverview: z.object({ orgId: idSchema, cursor: cursorSchema.optional() }).strict(),
  /** The year's study of every member of the subtree, as a workbook for 民主评议. */
  exportStudy: z.object({ orgId: idSchema }).strict(),

  // Authoring, for admins within their subtree (docs/domain.md §7.11).
  /** Where an admin uploads a cover or a lesson's media: the course or lesson saved with it keeps it. */
  uploadTicket: z.object({ ext: z.enum(SCHOOL_UPLOAD_TYPES) }).strict(),
  adminCourses: z.object({ cursor: cursorSchema.optional() }).strict(),
  adminCourse: z.object({ id: idSchema }).strict(),
  /** A new course carries the form's request id (a resent form creates one); an edit, its id. */
  saveCourse: z
    .object({
      id: idSchema.optional(),
      requestId: requestIdSchema,
      title: safeText(60).min(2),
      description: safeText(500, { multiline: true }),
      cover: cloudFileSchema.nullable(),
      scopeId: idSchema,
      /** To be finished by the members of `orgId`'s subtree, inside the scope. */
      assignment: z.object({ orgId: idSchema, deadline: dateSchema }).strict().nullable(),
    })
    .strict(),
  saveLesson: z
    .object({
      courseId: idSchema,
      id: idSchema.optional(),
      requestId: requestIdSchema,
      title: safeText(60).min(1),
      content: z.union([
        mediaLesson('video'),
        mediaLesson('audio'),
        z
          .object({
            kind: z.literal('article'),
            /** Rich text; stored as the sanitiser leaves it. */
            body: safeText(100_000, { multiline: true }).min(1),
          })
          .strict(),
      ]),
    })
    .strict(),
  deleteLesson: z.object({ id: idSchema }).strict(),
  /** Every lesson of the course, in the new order. */
  reorderLessons: z
    .object({ courseId: idSchema, lessonIds: z.array(idSchema).min(1).max(100) })
    .strict(),
  /** Publishes (members of the scope see it) or withdraws it (they no longer do; progress kept). */
  publishCourse: z.object({ id: idSchema, published: z.boolean() }).strict(),
  questions: z
    .object({
      cursor: cursorSchema.optional(),
      tag: safeText(20).min(1).optional(),
      type: questionTypeSchema.optional(),
    })
    .strict(),
  /** The import's row rules decide (docs/domain.md §7.10); the schema only bounds the shape. */
  saveQuestion: z
    .object({
      id: idSchema.optional(),
      requestId: requestIdSchema,
      type: questionTypeSchema,
      stem: safeText(2000, { multiline: true }),
      options: z.array(safeText(1000)).max(6),
      answer: chosenSchema,
      explanation: safeText(5000, { multiline: true }),
      tags: z.array(safeText(100)).max(20),
      difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      examOnly: z.boolean(),
    })
    .strict(),
  deleteQuestion: z.object({ id: idSchema }).strict(),
  adminExams: z.object({ cursor: cursorSchema.optional() }).strict(),
  adminExam: z.object({ id: idSchema }).strict(),
  saveExam: z
    .object({
      id: idSchema.optional(),
      requestId: requestIdSchema,
      title: safeText(60).min(2),
      scopeId: idSchema,
      paper: z.union([
        z
          .object({
            kind: z.literal('fixed'),
            questionIds: z.array(idSchema).min(1).max(EXAM_PAPER_MAX),
          })
          .strict(),
        z
          .object({
            kind: z.literal('tags'),
            picks: z
              .array(
                z
                  .object({ tag: safeText(20).min(1), count: z.int().min(1).max(EXAM_PAPER_MAX) })
                  .strict(),
              )
              .min(1)
              .max(10),
          })
          .strict(),
      ]),
      timeLimitMinutes: z.int().min(1).max(300),
      passMark: z.int().min(1).max(100),
      attemptsAllowed: z.int().min(1).max(10),
      opensAt: instant,
      closesAt: instant,
    })
    .strict()
    .refine((e) => Date.parse(e.closesAt) > Date.parse(e.opensAt), {
      error: '结束时间须晚于开始时间',
      path: ['closesAt'],
    }),
  publishExam: z.object({ id: idSchema }).strict(),
};

type Req<K extends keyof typeof schoolSchemas> = z.input<(typeof schoolSchemas)[K]>;

export interface CourseListItem {
  _id: string;
  title: string;
  description: string;
  cover: string | null;
  scopeName: string;
  lessonCount: number;
  durationSeconds: number;
  /** `YYYY-MM-DD` when the course is assigned to the caller's organisation. */
  deadline: string | null;
}

export interface LessonItem {
  _id: string;
  order: number;
  kind: LessonKind;
  title: string;
  durationSeconds: number;
  watched: number;
  completed: boolean;
}

export interface CourseDetail extends CourseListItem {
  lessons: LessonItem[];
}

export interface OpenedLesson extends LessonItem {
  courseId: string;
  /** A short-lived link to the video or audio; null for an article. */
  url: string | null;
  body: string | null;
  /** Where to resume, in seconds. */
  position: number;
  /** This page's study session: its heartbeats carry it. */
  sessionId: string;
  heartbeatSeconds: number;
}

export interface BeatReply {
  credited: number;
  watched: number;
  completed: boolean;
  /** False when another page or lesson took over: this page's beats no longer count. */
  active: boolean;
}

export interface HoursSummary {
  year: number;
  hours: number;
  online: number;
  offline: number;
  required: number;
  /** What the member should have by today (docs/domain.md §7.3). */
  pace: number;
  behind: boolean;
  lessonsCompleted: number;
  minutesPerHour: number;
}

/** How an enterprise counts 学时 (docs/domain.md §7.1, §7.2). */
export interface HoursSettings {
  minutesPerHour: number;
  /** The yearly requirement of a member, and of a branch's 书记, 副书记 and committee members. */
  memberHours: number;
  leaderHours: number;
}

export interface OfflineRecordItem {
  _id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  hours: number;
  /** A short-lived link to the evidence photo, when there is one. */
  evidenceUrl: string | null;
}

/** Nothing is written while `rejected` holds a row. */
export interface OfflineImportReport {
  accepted: number;
  /** 学时 the accepted rows add up to. */
  hours: number;
  rejected: { row: number; reason: string }[];
}

export interface BranchHoursRow extends HoursSummary {
  memberId: string;
  name: string;
}

export interface SchoolHome {
  assigned: CourseListItem[];
  /** The lesson the member last studied, to continue. */
  resume: { lessonId: string; courseId: string; title: string; position: number } | null;
  hours: HoursSummary;
}

export interface ExamListItem {
  _id: string;
  title: string;
  scopeName: string;
  questionCount: number;
  timeLimitMinutes: number;
  passMark: number;
  attemptsAllowed: number;
  attemptsUsed: number;
  bestScore: number | null;
  passed: boolean;
  /** The member's latest submitted attempt, to look at its answers again. */
  reviewId: string | null;
  /** ISO times. */
  opensAt: string;
  closesAt: string;
  open: boolean;
}

/** A question on a paper: no answer, no explanation. */
export interface PaperQuestion {
  _id: string;
  type: QuestionType;
  stem: string;
  options: QuestionOption[];
}

export interface StartedExam {
  attemptId: string;
  title: string;
  questions: PaperQuestion[];
  /** The answers saved so far, when an open attempt is resumed. */
  saved: Record<string, string[]>;
  /** ISO time the server takes the paper until (plus a short grace). */
  endsAt: string;
}

export interface ReviewedQuestion extends PaperQuestion {
  answer: string[];
  chosen: string[];
  correct: boolean;
  explanation: string;
}

export interface ExamScore {
  score: number;
  passed: boolean;
  passMark: number;
  correct: number;
  total: number;
}

export interface ExamResult extends ExamScore {
  review: ReviewedQuestion[];
}

export interface DailyQuiz {
  date: string;
  questions: PaperQuestion[];
  answered: Record<
    string,
    { chosen: string[]; correct: boolean; answer: string[]; explanation: string }
  >;
  done: boolean;
}

export interface DailyAnswer {
  correct: boolean;
  answer: string[];
  explanation: string;
  done: boolean;
}

export interface NoteItem {
  _id: string;
  lessonId: string;
  lessonTitle: string;
  memberName: string;
  text: string;
  shared: boolean;
  /** ISO time. */
  updatedAt: string;
}

export interface WrongItem {
  question: PaperQuestion;
  /** How often the member has answered it wrongly. */
  wrongCount: number;
  /** Right practice answers since the last wrong one; it leaves the book at `rightToClear`. */
  streak: number;
  rightToClear: number;
  /** ISO time of the last wrong answer. */
  wrongAt: string;
}

export interface PracticeReply {
  correct: boolean;
  answer: string[];
  explanation: string;
  streak: number;
  /** True when this answer took the question out of the book. */
  cleared: boolean;
}

/** Nothing is written while `rejected` holds a row. */
export interface QuestionImportReport {
  accepted: number;
  rejected: { row: number; reason: string }[];
}

export type CourseStatus = 'draft' | 'published' | 'withdrawn';

/** A course as its admins list it. */
export interface AdminCourseItem {
  _id: string;
  title: string;
  status: CourseStatus;
  scopeName: string;
  lessonCount: number;
  durationSeconds: number;
  assignment: { orgId: string; orgName: string; deadline: string } | null;
}

export interface AdminLesson {
  _id: string;
  order: number;
  kind: LessonKind;
  title: string;
  durationSeconds: number;
  fileID: string | null;
  body: string | null;
}

/** A course as its editor sees it: every lesson, its files and the article bodies. */
export interface AdminCourse extends AdminCourseItem {
  description: string;
  /** The cover's file id, and a link to show it. */
  cover: string | null;
  coverUrl: string | null;
  scopeId: string;
  lessons: AdminLesson[];
}

/** A question with its answer: for the bank's editors only. */
export type AdminQuestion = Omit<QuestionDoc, 'deleted' | 'listKey' | 'createdAt'>;

export interface AdminExamItem {
  _id: string;
  title: string;
  status: 'draft' | 'published';
  scopeName: string;
  questionCount: number;
  /** ISO times. */
  opensAt: string;
  closesAt: string;
}

export type ExamPaper =
  | { kind: 'fixed'; questions: { _id: string; type: QuestionType; stem: string }[] }
  | { kind: 'tags'; picks: { tag: string; count: number }[] };

export interface AdminExam extends AdminExamItem {
  scopeId: string;
  paper: ExamPaper;
  timeLimitMinutes: number;
  passMark: number;
  attemptsAllowed: number;
}

/** An assigned course's completion in one branch. */
export interface CourseCompletion {
  courseId: string;
  title: string;
  /** `YYYY-MM-DD`. */
  deadline: string;
  assigned: number;
  completed: number;
  /** Whole percent, rounded down: 100 only when everyone has completed. */
  percent: number;
}

export interface BranchStudy {
  orgId: string;
  orgName: string;
  year: number;
  members: number;
  /** Members below the pace for today (docs/domain.md §7.3). */
  behindPace: number;
  courses: CourseCompletion[];
}

export interface CourseProgress extends CourseCompletion {
  orgId: string;
  orgName: string;
  /** Members who have not completed the course, in name order. */
  behind: { memberId: string; name: string }[];
}

/** What a reminder did: a WeChat message now, or the notice only in 消息中心. */
export interface ReminderReply {
  recipients: number;
  wechat: number;
  inboxOnly: number;
}

/** Members whose year's 学时 fall in [from, to); `to` null: and above. */
export interface HourBand {
  from: number;
  to: number | null;
  count: number;
}

export interface BranchOverviewRow {
  orgId: string;
  orgName: string;
  members: number;
  behindPace: number;
  bands: HourBand[];
  courses: CourseCompletion[];
}

export interface StudyOverview extends Page<BranchOverviewRow> {
  orgId: string;
  year: number;
}

export interface SchoolActions {
  home: { req: Req<'home'>; res: SchoolHome };
  courses: { req: Req<'courses'>; res: Page<CourseListItem> };
  course: { req: Req<'course'>; res: CourseDetail };
  openLesson: { req: Req<'openLesson'>; res: OpenedLesson };
  heartbeat: { req: Req<'heartbeat'>; res: BeatReply };
  myHours: { req: Req<'myHours'>; res: HoursSummary };
  branchHours: { req: Req<'branchHours'>; res: Page<BranchHoursRow> };
  recordOffline: { req: Req<'recordOffline'>; res: { id: string; hours: HoursSummary } };
  offlineTicket: { req: Req<'offlineTicket'>; res: UploadTicket };
  offlineRecords: { req: Req<'offlineRecords'>; res: Page<OfflineRecordItem> };
  importOffline: { req: Req<'importOffline'>; res: OfflineImportReport };
  offlineTemplate: { req: Req<'offlineTemplate'>; res: { url: string } };
  hoursSettings: { req: Req<'hoursSettings'>; res: HoursSettings };
  saveHoursSettings: { req: Req<'saveHoursSettings'>; res: HoursSettings };
  exams: { req: Req<'exams'>; res: { items: ExamListItem[] } };
  startExam: { req: Req<'startExam'>; res: StartedExam };
  submitExam: { req: Req<'submitExam'>; res: ExamScore };
  examReview: { req: Req<'examReview'>; res: ExamResult };
  saveAnswer: { req: Req<'saveAnswer'>; res: { saved: boolean } };
  dailyQuiz: { req: Req<'dailyQuiz'>; res: DailyQuiz };
  answerDaily: { req: Req<'answerDaily'>; res: DailyAnswer };
  saveNote: { req: Req<'saveNote'>; res: NoteItem };
  deleteNote: { req: Req<'deleteNote'>; res: { deleted: boolean } };
  myNotes: { req: Req<'myNotes'>; res: Page<NoteItem> };
  branchNotes: { req: Req<'branchNotes'>; res: Page<NoteItem> };
  wrongBook: { req: Req<'wrongBook'>; res: Page<WrongItem> };
  practiseWrong: { req: Req<'practiseWrong'>; res: PracticeReply };
  importQuestions: { req: Req<'importQuestions'>; res: QuestionImportReport };
  questionTemplate: { req: Req<'questionTemplate'>; res: { url: string } };
  uploadTicket: { req: Req<'uploadTicket'>; res: UploadTicket };
  adminCourses: { req: Req<'adminCourses'>; res: Page<AdminCourseItem> };
  adminCourse: { req: Req<'adminCourse'>; res: AdminCourse };
  saveCourse: { req: Req<'saveCourse'>; res: AdminCourse };
  saveLesson: { req: Req<'saveLesson'>; res: AdminCourse };
  deleteLesson: { req: Req<'deleteLesson'>; res: AdminCourse };
  reorderLessons: { req: Req<'reorderLessons'>; res: AdminCourse };
  publishCourse: { req: Req<'publishCourse'>; res: AdminCourse };
  questions: { req: Req<'questions'>; res: Page<AdminQuestion> };
  saveQuestion: { req: Req<'saveQuestion'>; res: AdminQuestion };
  deleteQuestion: { req: Req<'deleteQuestion'>; res: { deleted: boolean } };
  adminExams: { req: Req<'adminExams'>; res: Page<AdminExamItem> };
  adminExam: { req: Req<'adminExam'>; res: AdminExam };
  saveExam: { req: Req<'saveExam'>; res: AdminExam };
  publishExam: { req: Req<'publishExam'>; res: AdminExam };
  branchStudy: { req: Req<'branchStudy'>; res: BranchStudy };
  courseProgress: { req: Req<'courseProgress'>; res: CourseProgress };
  remindCourse: { req: Req<'remindCourse'>; res: ReminderReply };
  studyOverview: { req: Req<'studyOverview'>; res: StudyOverview };
  /** `fileName`: what the file holds, e.g. 2026年度学习情况-第一采区党支部.xlsx. */
  exportStudy: { req: Req<'exportStudy'>; res: { fileID: string; url: string; fileName: string } };
}
