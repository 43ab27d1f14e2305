/** The kinds of organisational life a branch plans and records (docs/domain.md §2.1). */
export const ACTIVITY_TYPES = [
  '支部党员大会',
  '支委会',
  '党小组会',
  '党课',
  '主题党日',
  '组织生活会',
  '民主评议党员',
  '谈心谈话',
  '其他',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Field lengths of an activity and its record, in characters after trimming. */
export const ACTIVITY_LIMITS = {
  topic: 60,
  place: 60,
  materials: 2000,
  agenda: 1000,
  content: 10000,
  motion: 100,
  guest: 20,
  guests: 30,
  resolutions: 20,
  amendment: 1000,
  photos: 30,
  videos: 3,
} as const;

/** Why a due member was not there (docs/domain.md §2.6). */
export const ABSENCE_REASONS = ['公假', '病假', '事假', '其他'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

/** 民主评议 grades (docs/domain.md §2.4). */
export const APPRAISAL_GRADES = ['优秀', '合格', '基本合格', '不合格'] as const;
export type AppraisalGrade = (typeof APPRAISAL_GRADES)[number];

/** Who is due: the whole branch or its committee. */
export type DueGroup = 'all' | 'committee';

/** planned → (recorded) → confirmed: a confirmed record is locked, only amended. */
export type ActivityStatus = 'planned' | 'recorded' | 'confirmed';

export interface DueMember {
  memberId: string;
  name: string;
  /** 正式党员 not under 留党察看 (docs/domain.md §1.4). */
  voting: boolean;
}

export interface Resolution {
  motion: string;
  yes: number;
  no: number;
  abstain: number;
}

export interface Grade {
  memberId: string;
  grade: AppraisalGrade;
}

export interface ActivityMedia {
  fileID: string;
  kind: 'photo' | 'video';
}

export interface Amendment {
  at: Date;
  byId: string;
  byName: string;
  text: string;
  /** The client's id of this correction: a retried one is appended once. */
  requestId: string;
}

/** The minutes; prefilled from the plan and the sign-ins (docs/domain.md §2.6). */
export interface ActivityRecord {
  agenda: string;
  content: string;
  resolutions: Resolution[];
  grades: Grade[];
  /** 列席: guests who are not due. */
  guests: string[];
}

/** Collection `activities`: one planned activity of a branch and, once held, its record. */
export interface ActivityDoc {
  _id: string;
  orgId: string;
  orgPath: string;
  orgName: string;
  /** `${orgId}|${ISO start}|${_id}`: the indexed order of a branch's activities. */
  branchKey: string;
  type: ActivityType;
  topic: string;
  startsAt: Date;
  endsAt: Date;
  /** China calendar month of `startsAt`, `YYYY-MM` (docs/domain.md §10.1). */
  month: string;
  place: string;
  hostId: string;
  hostName: string;
  recorderId: string;
  recorderName: string;
  dueGroup: DueGroup;
  /** Who was due when the plan was made: quorum and 送学 count from this list. */
  due: DueMember[];
  materials: string;
  status: ActivityStatus;
  record: ActivityRecord | null;
  media: ActivityMedia[];
  /** Member ids of the 主持人 and 记录人 who have confirmed the record. */
  confirmedBy: string[];
  confirmedAt: Date | null;
  amendments: Amendment[];
  plannedBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export type AttendanceState = 'present' | 'absent' | 'guest';

/** Collection `activity_attendance`: `${activityId}:${memberId}`, one per member and activity. */
export interface AttendanceDoc {
  _id: string;
  activityId: string;
  memberId: string;
  name: string;
  orgId: string;
  state: AttendanceState;
  reason: AbsenceReason | null;
  /** How it was taken: the member's own sign-in or the host's hand. */
  via: 'code' | 'host';
  at: Date;
  startsAt: Date;
  /** 送学: when an absentee confirmed they studied the material. */
  studiedAt: Date | null;
}

/** One month of a branch's compliance figures (docs/domain.md §2.7). */
export interface ComplianceMonth {
  /** Confirmed activities by type. */
  held: Partial<Record<ActivityType, number>>;
  planned: number;
  warnings: ComplianceWarning[];
}

/** Collection `activity_compliance`: `${orgId}:${year}`, maintained on confirm and nightly. */
export interface ComplianceDoc {
  _id: string;
  orgId: string;
  orgPath: string;
  orgName: string;
  year: number;
  months: ComplianceMonth[];
  /** Members with no organisational life for 6 months (docs/domain.md §2.7). */
  idleMembers: string[];
  updatedAt: Date;
}

/** The warnings of the compliance calendar (docs/domain.md §2.7, §2.8) and how they read. */
export const COMPLIANCE_WARNINGS = {
  NO_COMMITTEE_MEETING: '本月未召开支委会',
  NO_THEME_DAY: '本月未开展主题党日',
  NO_GROUP_MEETING: '本月未召开党小组会',
  NO_GENERAL_MEETING: '本季度未召开支部党员大会',
  NO_PARTY_LECTURE: '本季度未上党课',
  NO_LIFE_MEETING: '年内未召开组织生活会',
  NO_APPRAISAL: '年内未开展民主评议党员',
} as const;
export type ComplianceWarning = keyof typeof COMPLIANCE_WARNINGS;
