/** How a rule turns an event into points. */
export type PointRuleKind =
  /** A fixed number of points per event (reading an article, attending a meeting). */
  | 'event'
  /** Points per unit the event reports (学时 of verified study, correct quiz answers). */
  | 'unit'
  /** A secretary or admin states the points, up to the rule's points in magnitude. */
  | 'manual';

/**
 * Collection `point_rules`: one version of a rule. Versions are never edited except to close
 * the range of the version a new one replaces, so every ledger entry keeps the terms it was
 * given under. A code with no stored version uses its default (cloudfunctions/_shared/points).
 */
export interface PointRuleDoc {
  /** `${code}@${version}`. */
  _id: string;
  code: string;
  version: number;
  name: string;
  kind: PointRuleKind;
  points: number;
  dailyCap: number | null;
  weeklyCap: number | null;
  /** Reading time an `event` must report before it counts (the article rule's 30 s). */
  minSeconds: number | null;
  /** Effective from this instant (inclusive) until `to` (exclusive; null: open). */
  from: Date;
  to: Date | null;
  createdBy: string | null;
  createdAt: Date;
}

/**
 * Collection `point_ledger`: append-only. `_id` is the idempotency key of the event
 * (`${rule}:${memberId}:${sourceId}`), so a replayed event is refused by the unique id.
 */
export interface PointEntryDoc {
  _id: string;
  memberId: string;
  orgId: string;
  orgPath: string;
  rule: string;
  ruleVersion: number;
  /** What was counted: 0 when a cap had already been reached. */
  points: number;
  capped: boolean;
  sourceId: string;
  /** When the entry was written. */
  at: Date;
  /** China calendar day the points count towards, `YYYYMMDD` (a reversal's is its original's). */
  day: string;
  /** Member id of the secretary or admin for manual entries and reversals. */
  grantedBy: string | null;
  reason: string | null;
  /** For a reversal: the entry it cancels. */
  reverses: string | null;
}

/** Points of one member on one China calendar day. */
export interface PointDayTally {
  /** Total of the day. */
  t: number;
  /** By rule code. */
  r: Record<string, number>;
  /** Ledger ids counted this day: makes counting an entry idempotent. */
  k: string[];
}

/**
 * Collection `point_member_years`, `_id` `${memberId}:${YYYY}`: every figure of a member's
 * year in one document, so one conditional update checks the caps and counts an award.
 */
export interface PointMemberYearDoc {
  _id: string;
  memberId: string;
  orgId: string;
  orgPath: string;
  year: number;
  total: number;
  /** `m01`…`m12`. */
  months: Record<string, number>;
  /** `dMMDD`. */
  days: Record<string, PointDayTally>;
  /** ISO week `w01`…`w53`, by rule code (weekly caps). */
  weeks: Record<string, Record<string, number>>;
  byRule: Record<string, number>;
  updatedAt: Date;
}

/** Collection `point_branch_years`, `_id` `${orgId}:${YYYY}`: a branch's year and months. */
export interface PointBranchYearDoc {
  _id: string;
  orgId: string;
  orgPath: string;
  year: number;
  total: number;
  months: Record<string, number>;
  updatedAt: Date;
}

/** Collection `point_prefs`, `_id` memberId: whether the member appears by name in rankings. */
export interface PointPrefsDoc {
  _id: string;
  visible: boolean;
  updatedAt: Date;
}

/** One branch in a branch ranking, as `points.ranking` answers it and a rank page stores it. */
export interface PointRankRow {
  rank: number;
  orgId: string;
  name: string;
  memberCount: number;
  total: number;
  /** Points per member, one decimal. */
  average: number;
}

/**
 * Collection `point_rank_pages`, `_id` `${orgId}:${period}:${periodKey}:${page}`: one page of
 * the branch ranking of an organisation too large to rank on request, rebuilt by the points
 * function's timer. `periodKey` is `YYYY` for a year and `YYYYmMM` for a month.
 */
export interface PointRankPageDoc {
  _id: string;
  orgId: string;
  period: 'month' | 'year';
  periodKey: string;
  /** 1-based. */
  page: number;
  items: PointRankRow[];
  /** When the run that wrote this page started; every page of a run has the same. */
  builtAt: Date;
  /** Pages and rows of the whole ranking in that run. */
  pages: number;
  rows: number;
}
