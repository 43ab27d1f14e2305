import * as z from 'zod';
import {
  ABSENCE_REASONS,
  ACTIVITY_LIMITS,
  ACTIVITY_TYPES,
  APPRAISAL_GRADES,
  type AbsenceReason,
  type ActivityMedia,
  type ActivityStatus,
  type ActivityType,
  type AttendanceState,
  type ComplianceWarning,
  type DueGroup,
  type Grade,
  type Resolution,
} from '../documents/activity';
import { requestIdSchema } from '../policy';
import { cursorSchema, idSchema, type Page, type UploadTicket } from './common';

const text = (max: number) => z.string().trim().max(max);
/** An ISO 8601 instant with its zone, e.g. `2026-12-15T14:30:00+08:00`. */
const instant = z.iso.datetime({ offset: true, error: '须为带时区的 ISO 8601 时间' });
const votes = z.number().int().min(0).max(10_000);
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式为 YYYY-MM' });

export const activitySchemas = {
  /** The secretary or 组织委员 plans one activity; the branch is the planner's own by default. */
  plan: z
    .object({
      /** Client-made id of this form: a retried plan creates one activity. */
      requestId: z.optional(requestIdSchema),
      orgId: idSchema.optional(),
      type: z.enum(ACTIVITY_TYPES),
      topic: text(ACTIVITY_LIMITS.topic).min(1),
      startsAt: instant,
      endsAt: instant,
      place: text(ACTIVITY_LIMITS.place).min(1),
      hostId: idSchema.optional(),
      recorderId: idSchema.optional(),
      dueGroup: z.enum(['all', 'committee']).optional(),
      materials: text(ACTIVITY_LIMITS.materials).optional(),
    })
    .strict()
    .refine((p) => Date.parse(p.endsAt) > Date.parse(p.startsAt), {
      error: '结束时间须晚于开始时间',
      path: ['endsAt'],
    }),
  /** A branch's activities of one month, with the month's figures (the 支部 tab). */
  month: z
    .object({
      orgId: idSchema.optional(),
      month: monthSchema.optional(),
      cursor: cursorSchema.optional(),
    })
    .strict(),
  /** Plans the month like the one before it: each activity a month later, due as the branch is now. */
  copyLastMonth: z.object({ orgId: idSchema.optional(), month: monthSchema }).strict(),
  /** The caller's own: upcoming in their branch, attended, materials to study. */
  mine: z.object({ cursor: cursorSchema.optional() }).strict(),
  get: z.object({ activityId: idSchema }).strict(),
  signInCode: z.object({ activityId: idSchema }).strict(),
  signIn: z
    .object({
      activityId: idSchema,
      code: z.string().regex(/^\d{6}$/, { error: '签到码为 6 位数字' }),
    })
    .strict(),
  /** The host marks a due member present or absent (with the reason) by hand. */
  mark: z
    .object({
      activityId: idSchema,
      memberId: idSchema,
      state: z.enum(['present', 'absent']),
      reason: z.enum(ABSENCE_REASONS).nullable(),
    })
    .strict()
    .refine((m) => m.state === 'present' || m.reason !== null, {
      error: '请选择缺席原因',
      path: ['reason'],
    }),
  saveRecord: z
    .object({
      activityId: idSchema,
      agenda: text(ACTIVITY_LIMITS.agenda),
      content: text(ACTIVITY_LIMITS.content),
      resolutions: z
        .array(
          z
            .object({
              motion: text(ACTIVITY_LIMITS.motion).min(1),
              yes: votes,
              no: votes,
              abstain: votes,
            })
            .strict(),
        )
        .max(ACTIVITY_LIMITS.resolutions),
      grades: z
        .array(z.object({ memberId: idSchema, grade: z.enum(APPRAISAL_GRADES) }).strict())
        .max(100),
      guests: z.array(text(ACTIVITY_LIMITS.guest).min(1)).max(ACTIVITY_LIMITS.guests),
    })
    .strict(),
  /** Where to upload one photo or video of the record: the server chooses and records the path. */
  uploadTicket: z
    .object({
      activityId: idSchema,
      ext: z.string().regex(/^[a-z0-9]{1,8}$/, { error: '文件扩展名不正确' }),
    })
    .strict(),
  /** Records an uploaded file with the activity; a retried call records it once. */
  addMedia: z
    .object({
      activityId: idSchema,
      fileID: z.string().startsWith('cloud://').max(300),
      kind: z.enum(['photo', 'video']),
    })
    .strict(),
  /** The 主持人 or 记录人 confirms; when both have, the record is locked. */
  confirm: z.object({ activityId: idSchema }).strict(),
  amend: z
    .object({
      activityId: idSchema,
      requestId: requestIdSchema,
      text: text(ACTIVITY_LIMITS.amendment).min(1),
    })
    .strict(),
  /** 送学: an absentee confirms they studied the material. */
  studied: z.object({ activityId: idSchema }).strict(),
  /** Figures per branch and month: one branch, or every branch under a 党委 or 党总支. */
  compliance: z
    .object({
      orgId: idSchema,
      year: z.number().int().min(2000).max(2100),
      cursor: cursorSchema.optional(),
    })
    .strict(),
};

type Req<K extends keyof typeof activitySchemas> = z.input<(typeof activitySchemas)[K]>;

export interface ActivitySummary {
  _id: string;
  orgName: string;
  type: ActivityType;
  topic: string;
  /** ISO times. */
  startsAt: string;
  endsAt: string;
  place: string;
  hostName: string;
  status: ActivityStatus;
}

export interface AttendanceRow {
  memberId: string;
  name: string;
  voting: boolean;
  /** null: due and not yet signed in or marked. */
  state: AttendanceState | null;
  reason: AbsenceReason | null;
  via: 'code' | 'host' | null;
  /** 送学: when an absentee confirmed they studied the material (ISO), or null. */
  studiedAt: string | null;
}

export interface ActivityView extends ActivitySummary {
  orgId: string;
  hostId: string;
  recorderId: string;
  recorderName: string;
  dueGroup: DueGroup;
  materials: string;
  attendance: AttendanceRow[];
  present: number;
  agenda: string;
  content: string;
  resolutions: (Resolution & { passed: boolean })[];
  grades: Grade[];
  guests: string[];
  media: (ActivityMedia & { url: string | null })[];
  confirmedBy: string[];
  confirmedAt: string | null;
  amendments: { at: string; byName: string; text: string }[];
  /** What keeps the record from being confirmed (docs/domain.md §2.10). */
  issues: string[];
  /** What the caller may do with it. */
  can: { record: boolean; confirm: boolean; amend: boolean; signInCode: boolean };
  /** The caller's own attendance, if any. */
  mine: AttendanceState | null;
  /** 送学: when the caller, absent, confirmed studying the material. */
  myStudiedAt: string | null;
}

export interface MonthFigures {
  held: Partial<Record<ActivityType, number>>;
  planned: number;
  warnings: ComplianceWarning[];
}

export interface BranchMonth {
  orgId: string;
  orgName: string;
  month: string;
  activities: Page<ActivitySummary>;
  figures: MonthFigures;
  idleMembers: number;
  /** Whether the caller may plan and record for this branch. */
  canPlan: boolean;
}

export interface MyAttendance {
  activityId: string;
  type: ActivityType;
  topic: string;
  startsAt: string;
  state: AttendanceState;
  studiedAt: string | null;
}

export interface ComplianceRow {
  orgId: string;
  orgName: string;
  months: MonthFigures[];
  idleMembers: number;
}

export interface ActivityActions {
  plan: { req: Req<'plan'>; res: { activityId: string } };
  month: { req: Req<'month'>; res: BranchMonth };
  copyLastMonth: { req: Req<'copyLastMonth'>; res: { created: number } };
  mine: {
    req: Req<'mine'>;
    res: { upcoming: ActivitySummary[]; toStudy: MyAttendance[]; attended: Page<MyAttendance> };
  };
  get: { req: Req<'get'>; res: ActivityView };
  signInCode: { req: Req<'signInCode'>; res: { code: string; expiresAt: string; qr: string } };
  signIn: { req: Req<'signIn'>; res: { signedIn: true; already: boolean } };
  mark: { req: Req<'mark'>; res: ActivityView };
  saveRecord: { req: Req<'saveRecord'>; res: ActivityView };
  uploadTicket: { req: Req<'uploadTicket'>; res: UploadTicket };
  addMedia: { req: Req<'addMedia'>; res: { photos: number; videos: number } };
  confirm: { req: Req<'confirm'>; res: ActivityView };
  amend: { req: Req<'amend'>; res: ActivityView };
  studied: { req: Req<'studied'>; res: { studiedAt: string } };
  compliance: {
    req: Req<'compliance'>;
    res: { year: number; rows: ComplianceRow[]; nextCursor: string | null };
  };
}
