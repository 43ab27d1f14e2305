/**
 * # Awarding learning points — the one way points enter the ledger
 *
 * Server code of other functions (news, school, activity …) bundles this module and calls it
 * in-process, after it has established the event really happened. No client-callable action
 * awards points: a client only ever causes an event (a read, a passed exam), never an award.
 *
 * ```ts
 * import { awardPoints } from '../_shared/points/award';
 * const { awarded, capped, duplicate } = await awardPoints({
 *   memberId: member._id, orgId: member.orgId, orgPath: member.orgPath,
 *   rule: 'read_article',          // see RULE_CODES in ./rules/defaults.ts
 *   sourceId: articleId,           // identifies the event: same rule+member+sourceId counts once
 *   seconds: reportedSeconds,      // read_article needs ≥ 30 s (rule.minSeconds)
 * });
 * ```
 *
 * - `rule` and `sourceId` by feature: read_article → articleId; share_opened → the SHARER is
 *   the member, sourceId `${articleId}:${openerMemberId}`; complete_lesson → lessonId;
 *   study_hour → the verified study record's id, `amount` = 学时; daily_quiz →
 *   `${YYYY-MM-DD}` of the quiz, `amount` = correct answers; pass_exam → examId;
 *   attend_meeting → meetingId (三会一课 / 主题党日); share_note → noteId.
 * - `at` is when the event happened (default now): it picks the rule version in force and
 *   the China calendar day whose caps apply.
 * - Returns `{awarded, capped, duplicate}`: `awarded` is what this call added (0 when below the
 *   reading time, capped, or a replay). It never throws for a cap or a replay, so callers
 *   can award after their own write without special cases; retrying after an error is safe.
 * - Cost: 3 database operations (ledger insert, member year update, branch year update); a
 *   member's first award of a year or a branch's adds one each; a reached cap adds a read
 *   and a ledger update; a replay costs 3 (insert refused, two reads). Rule versions are
 *   cached per instance for a minute (catalogue.ts).
 * - Caps are exact under any concurrency: the member's year document is updated only where
 *   the rule's count leaves room (tally.ts), an atomic check-and-increment in the database.
 * - The year document keeps its last 40 days (period.ts RETAINED_DAYS): an event older than
 *   that is still counted once, but its day's caps are no longer known, and a replay of it is
 *   answered as a duplicate without looking.
 */
import type { PointEntryDoc } from '../../../typings/documents';
import { now } from '../clock';
import { ruleAt } from './catalogue';
import { book, type AwardResult } from './book';
import { periodOf } from './period';
import { pointsFor } from './rules/caps';
import type { RuleCode } from './rules/defaults';

export type { AwardResult } from './book';

export interface AwardInput {
  memberId: string;
  orgId: string;
  orgPath: string;
  rule: Exclude<RuleCode, 'reversal'>;
  sourceId: string;
  at?: Date;
  /** Units for per-unit rules (学时, correct answers); signed points for manual rules. */
  amount?: number;
  /** Reading time the client reported, for rules with a minimum. */
  seconds?: number;
  /** Member id of the secretary or admin behind a manual award. */
  grantedBy?: string;
  reason?: string;
}

/** The ledger id of an event: rule + member + source. */
export function entryIdOf(rule: string, memberId: string, sourceId: string): string {
  return `${rule}:${memberId}:${sourceId}`;
}

export async function awardPoints(input: AwardInput): Promise<AwardResult> {
  const at = input.at ?? now();
  const rule = await ruleAt(input.rule, at);
  const nothing = { awarded: 0, capped: false, duplicate: false };
  if (!rule) return nothing;
  const wanted = pointsFor(rule, input.amount ?? 1, input.seconds);
  // One event never asks for more than a whole cap: the cap filter relies on it.
  const points = Math.min(wanted, rule.dailyCap ?? Infinity, rule.weeklyCap ?? Infinity);
  if (points === 0) return nothing;
  const entry: PointEntryDoc = {
    _id: entryIdOf(input.rule, input.memberId, input.sourceId),
    memberId: input.memberId,
    orgId: input.orgId,
    orgPath: input.orgPath,
    rule: input.rule,
    ruleVersion: rule.version,
    points,
    capped: points < wanted,
    sourceId: input.sourceId,
    at,
    day: periodOf(at).day,
    grantedBy: input.grantedBy ?? null,
    reason: input.reason ?? null,
    reverses: null,
  };
  const result = await book(entry, rule);
  return { ...result, capped: result.capped || entry.capped };
}
