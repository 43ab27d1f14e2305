import * as z from 'zod';
import type { MemberStatus, OrgType, Role } from '../documents';
import { cursorSchema, dateSchema, idSchema, type Page } from './common';
import { safeText } from './text';
import { MEMBER_STATUSES } from '../policy/workflow';
import { NICKNAME_MAX } from '../policy/limits';
import { rosterEntryIssues, UNKNOWN_ID_REASON_LENGTH, type RosterEntry } from '../policy/roster';

const text = (max: number) => safeText(max);

/** The roster fields a secretary or admin enters (docs/domain.md §5.1). */
export const memberFieldsSchema = z.object({
  name: text(20).min(1),
  gender: z.enum(['男', '女']),
  ethnicity: text(20).min(1),
  birthDate: dateSchema.nullable(),
  /** Full 18-character number; the checksum is verified by the function. */
  idNumber: z
    .string()
    .regex(/^\d{17}[\dX]$/)
    .nullable(),
  education: text(20),
  nativePlace: text(50),
  phone: z
    .string()
    .regex(/^1\d{10}$/)
    .nullable(),
  workStartDate: dateSchema.nullable(),
  joinedDate: dateSchema.nullable(),
  fullMemberDate: dateSchema.nullable(),
  status: z.enum(MEMBER_STATUSES),
  post: text(50),
  mobile: z.boolean(),
});

/** A new roster entry holds what the roster needs (typings/policy/roster.ts). */
const requireRosterEntry = (entry: RosterEntry, ctx: z.RefinementCtx) => {
  for (const { field, message } of rosterEntryIssues(entry))
    ctx.addIssue({ code: 'custom', path: [field], message });
};

/** Why a new member's ID number is unknown: given only when there is none. */
const unknownIdReasonSchema = text(UNKNOWN_ID_REASON_LENGTH.max)
  .min(UNKNOWN_ID_REASON_LENGTH.min)
  .nullable()
  .optional();

/** A new roster entry from a spreadsheet row: the same needs as one entered by hand. */
export const importedMemberSchema = memberFieldsSchema
  .extend({ idNumberUnknownReason: unknownIdReasonSchema })
  .superRefine(requireRosterEntry);

export const memberSchemas = {
  me: z.object({}).strict(),
  get: z.object({ id: idSchema }).strict(),
  reveal: z.object({ id: idSchema }).strict(),
  list: z
    .object({ orgId: idSchema, q: text(20).optional(), cursor: cursorSchema.optional() })
    .strict(),
  create: memberFieldsSchema
    .extend({
      orgId: idSchema,
      idNumberUnknownReason: unknownIdReasonSchema,
      /** Added although the branch has a member of the same name and birth date. */
      confirmDuplicate: z.boolean().optional(),
    })
    .strict()
    .superRefine(requireRosterEntry),
  update: memberFieldsSchema.partial().extend({ id: idSchema }).strict(),
  move: z.object({ id: idSchema, orgId: idSchema }).strict(),
  issueInvite: z.object({ memberId: idSchema }).strict(),
  revokeInvite: z.object({ memberId: idSchema }).strict(),
  bind: z.object({ code: z.string().trim().toUpperCase().min(4).max(16) }).strict(),
  unbind: z.object({ memberId: idSchema }).strict(),
  updateProfile: z
    .object({
      nickname: text(NICKNAME_MAX).min(1).optional(),
      avatar: z.string().startsWith('cloud://').max(300).optional(),
    })
    .strict(),
  orgTree: z
    .object({
      rootId: idSchema.optional(),
      /** Levels below the root to return; without it, the whole subtree. */
      depth: z.number().int().min(1).max(3).optional(),
    })
    .strict(),
  importRoster: z.object({ fileID: z.string().startsWith('cloud://').max(300) }).strict(),
  exportRoster: z.object({ orgId: idSchema, unmasked: z.boolean().optional() }).strict(),
  importTemplate: z.object({}).strict(),
  auditLog: z.object({ cursor: cursorSchema.optional() }).strict(),
};

type Req<K extends keyof typeof memberSchemas> = z.input<(typeof memberSchemas)[K]>;

/** A member as shown to people: sensitive fields only masked. */
export interface MemberView {
  _id: string;
  name: string;
  gender: '男' | '女';
  status: MemberStatus;
  orgId: string;
  post: string;
  nickname: string | null;
  avatar: string | null;
  joinedDate: string | null;
  fullMemberDate: string | null;
  phoneMasked: string | null;
}

/** One roster row, as those who manage the branch (and the member themself) see it. */
export interface MemberListItem extends MemberView {
  kind: 'record';
  orgName: string;
  bound: boolean;
}

/**
 * Another member as an ordinary member sees them: who they are and the seats they hold, nothing
 * of their record (birth date, ethnicity, native place, education … are for those who manage
 * the branch).
 */
export interface ColleagueItem {
  kind: 'colleague';
  _id: string;
  name: string;
  nickname: string | null;
  avatar: string | null;
  orgId: string;
  orgName: string;
  post: string;
  /** Their committee seats and roles: 书记, 宣传委员 … */
  titles: string[];
}

/** A roster row: the whole one for a manager or oneself, a colleague's otherwise. */
export type RosterItem = MemberListItem | ColleagueItem;

/** The whole record, for the detail and edit pages. */
export interface MemberDetail extends MemberListItem {
  ethnicity: string;
  birthDate: string | null;
  idNumberMasked: string | null;
  education: string;
  nativePlace: string;
  workStartDate: string | null;
  mobile: boolean;
  roles: Role[];
  /** Whether the caller may ask for the full ID and phone numbers (`member.reveal`). */
  canReveal: boolean;
  /** Whether the caller may edit, move, invite and unbind this member. */
  canManage: boolean;
  /** Whether the caller may adjust this member's points: never their own (points.adjust). */
  canAdjustPoints: boolean;
}

export interface OrgBrief {
  _id: string;
  name: string;
  type: OrgType;
}

export interface OrgNode extends OrgBrief {
  parentId: string | null;
  path: string;
  depth: number;
  memberCount: number;
  fullMemberCount: number;
  electedAt: string | null;
  termEnd: string | null;
  committee: { memberId: string; name: string; title: string }[];
  warnings: { code: string; message: string }[];
  /**
   * Members in this organisation and everything under it. Given when the tree is asked by
   * `depth`: the client cannot add up levels it was not sent.
   */
  subtree?: { memberCount: number; fullMemberCount: number };
}

export type MeResponse =
  { bound: false } | { bound: true; member: MemberView; roles: Role[]; org: OrgBrief };

export interface ImportReport {
  accepted: number;
  rejected: { row: number; reason: string }[];
}

export interface AuditEntry {
  _id: string;
  actorName: string;
  /**
   * A member's name, 15 名党员（综合办公室党支部） for an export, or 张三（与李四重复） for a
   * number held pending beside the member who holds it.
   */
  targetName: string;
  action: 'reveal' | 'export_unmasked' | 'id_number_refused' | 'id_number_duplicate';
  at: string;
}

/** The full numbers of one member (`member.reveal`). */
export interface RevealedNumbers {
  idNumber: string | null;
  phone: string | null;
  /**
   * The ID number is held pending because another member already holds it: told only to an
   * admin who sees both records, who settles it by editing them. The member themself, and an
   * admin who does not see the other record, get it as an accepted number.
   */
  idNumberPending: boolean;
}

export interface MemberActions {
  me: { req: Req<'me'>; res: MeResponse };
  get: { req: Req<'get'>; res: MemberDetail | ColleagueItem };
  reveal: { req: Req<'reveal'>; res: RevealedNumbers };
  list: { req: Req<'list'>; res: Page<RosterItem> };
  create: { req: Req<'create'>; res: MemberDetail };
  update: { req: Req<'update'>; res: MemberDetail };
  move: { req: Req<'move'>; res: MemberDetail };
  issueInvite: { req: Req<'issueInvite'>; res: { code: string; expiresAt: string } };
  revokeInvite: { req: Req<'revokeInvite'>; res: { revoked: number } };
  bind: { req: Req<'bind'>; res: MeResponse };
  unbind: { req: Req<'unbind'>; res: { unbound: boolean } };
  updateProfile: { req: Req<'updateProfile'>; res: MeResponse };
  orgTree: { req: Req<'orgTree'>; res: { items: OrgNode[] } };
  importRoster: { req: Req<'importRoster'>; res: ImportReport };
  /** `fileName`: what the file holds, e.g. 综合办公室党支部党员名册-2026-12-06.xlsx. */
  exportRoster: {
    req: Req<'exportRoster'>;
    res: { fileID: string; url: string; fileName: string };
  };
  importTemplate: { req: Req<'importTemplate'>; res: { url: string } };
  auditLog: { req: Req<'auditLog'>; res: Page<AuditEntry> };
}
