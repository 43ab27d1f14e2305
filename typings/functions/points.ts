import * as z from 'zod';
import type { PointRankRow } from '../documents';
import { adjustPointsSchema, reasonSchema, requestIdSchema } from '../policy';
import { cursorSchema, dateSchema, idSchema, type Page } from './common';

const reason = reasonSchema;
const period = z.enum(['month', 'year']);
const cap = z.number().int().min(1).max(1000).nullable();
/** A ledger entry's id is derived from what earned it (rule, member, source), not generated. */
const ledgerEntryId = z.string().trim().min(1).max(300);

export const pointsSchemas = {
  me: z.object({}).strict(),
  history: z.object({ cursor: cursorSchema.optional() }).strict(),
  memberHistory: z.object({ memberId: idSchema, cursor: cursorSchema.optional() }).strict(),
  /** Branch rankings come a page at a time; a member ranking (one branch) comes whole. */
  ranking: z.discriminatedUnion('scope', [
    z
      .object({
        scope: z.literal('branch'),
        period,
        orgId: idSchema.optional(),
        cursor: cursorSchema.optional(),
      })
      .strict(),
    z.object({ scope: z.literal('members'), period, orgId: idSchema.optional() }).strict(),
  ]),
  branchSummary: z.object({ orgId: idSchema, period }).strict(),
  setVisibility: z.object({ visible: z.boolean() }).strict(),
  adjust: z
    .object({
      memberId: idSchema,
      points: adjustPointsSchema,
      reason,
      /** Chosen by the form once: a resent request (after a lost reply) is the same adjustment. */
      requestId: requestIdSchema,
    })
    .strict(),
  /** One ledger entry with whose it is, for the admin about to correct it. */
  entry: z.object({ entryId: ledgerEntryId }).strict(),
  reverse: z.object({ entryId: ledgerEntryId, reason }).strict(),
  rules: z.object({}).strict(),
  setRule: z
    .object({
      code: z.string().trim().min(1).max(40),
      points: z.number().int().min(0).max(1000),
      dailyCap: cap,
      weeklyCap: cap,
      /** China calendar date the new version takes effect; today or later. */
      effectiveFrom: dateSchema,
    })
    .strict(),
  exportYear: z.object({ orgId: idSchema, year: z.number().int().min(2000).max(2100) }).strict(),
};

type Req<K extends keyof typeof pointsSchemas> = z.input<(typeof pointsSchemas)[K]>;

/** One rule on 我的积分: what it gives, what the member earned under it, whether today's cap is reached. */
export interface RuleProgress {
  code: string;
  name: string;
  points: number;
  dailyCap: number | null;
  today: number;
  month: number;
  year: number;
  capReached: boolean;
}

export interface MyPoints {
  today: number;
  month: number;
  year: number;
  byRule: RuleProgress[];
  /** Whether the member chose to appear by name in member rankings. */
  visible: boolean;
}

export interface LedgerItem {
  _id: string;
  rule: string;
  ruleName: string;
  points: number;
  capped: boolean;
  at: string;
  reason: string | null;
  reverses: string | null;
}

export type BranchRankItem = PointRankRow;

export interface MemberRankItem {
  rank: number;
  /** The member's name when they opted in (or it is the caller), else a pseudonym like 党员A12. */
  name: string;
  points: number;
  self: boolean;
}

export type Ranking =
  | {
      scope: 'branch';
      period: 'month' | 'year';
      items: BranchRankItem[];
      nextCursor: string | null;
      /** ISO time of the snapshot a large organisation's ranking is read from; null when live. */
      asOf: string | null;
    }
  | {
      scope: 'members';
      period: 'month' | 'year';
      items: MemberRankItem[];
      nextCursor: null;
      asOf: null;
    };

/** What the correction page shows before the admin corrects an entry. */
export interface EntryForCorrection {
  entry: LedgerItem;
  member: { _id: string; name: string; orgName: string };
  /** Why this entry cannot be corrected (already corrected, worth nothing, one's own), or null. */
  refusal: string | null;
}

/** A member's ledger as the secretary of their branch or an admin above it sees it. */
export interface MemberHistory extends Page<LedgerItem> {
  member: { _id: string; name: string; orgName: string };
  /** Whether the caller may reverse this member's entries (an admin above the member). */
  canReverse: boolean;
}

export interface BranchSummary {
  orgId: string;
  name: string;
  period: 'month' | 'year';
  memberCount: number;
  total: number;
  average: number;
  /** Members who earned points in the period. */
  participants: number;
  /** participants / memberCount, 0–1. */
  participation: number;
}

export interface RuleView {
  code: string;
  name: string;
  kind: 'event' | 'unit' | 'manual';
  points: number;
  dailyCap: number | null;
  weeklyCap: number | null;
  minSeconds: number | null;
  version: number;
  /** ISO instant the version took effect (1970 for a default). */
  from: string;
  /** A version set for a later date, if any. */
  next: { version: number; points: number; from: string } | null;
}

export interface PointsActions {
  me: { req: Req<'me'>; res: MyPoints };
  history: { req: Req<'history'>; res: Page<LedgerItem> };
  memberHistory: { req: Req<'memberHistory'>; res: MemberHistory };
  ranking: { req: Req<'ranking'>; res: Ranking };
  branchSummary: { req: Req<'branchSummary'>; res: BranchSummary };
  setVisibility: { req: Req<'setVisibility'>; res: { visible: boolean } };
  adjust: { req: Req<'adjust'>; res: { entryId: string; awarded: number } };
  entry: { req: Req<'entry'>; res: EntryForCorrection };
  reverse: { req: Req<'reverse'>; res: { entryId: string; points: number } };
  rules: { req: Req<'rules'>; res: { items: RuleView[] } };
  setRule: { req: Req<'setRule'>; res: RuleView };
  /** `fileName`: what the file holds, e.g. 2026年度积分-第一采区党支部.xlsx. */
  exportYear: { req: Req<'exportYear'>; res: { fileID: string; url: string; fileName: string } };
}
