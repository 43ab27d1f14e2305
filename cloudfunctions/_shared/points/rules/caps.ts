import type { PointMemberYearDoc, PointRuleDoc } from '../../../../typings/documents';
import type { Period } from '../period';

/** What the rule gives for one event before caps: `units` are 学时 or correct answers. */
export function pointsFor(
  rule: Pick<PointRuleDoc, 'kind' | 'points' | 'minSeconds'>,
  units: number,
  seconds: number | undefined,
): number {
  if (rule.minSeconds !== null && (seconds ?? 0) < rule.minSeconds) return 0;
  if (rule.kind === 'event') return rule.points;
  if (rule.kind === 'unit') return rule.points * Math.max(0, Math.floor(units));
  return Math.sign(units) * Math.min(Math.abs(Math.trunc(units)), rule.points);
}

/** Points the rule may still give this day and week; Infinity when it has no cap. */
export function roomLeft(
  rule: Pick<PointRuleDoc, 'code' | 'dailyCap' | 'weeklyCap'>,
  doc: Pick<PointMemberYearDoc, 'days' | 'weeks'> | null,
  period: Pick<Period, 'dayKey' | 'weekKey'>,
): number {
  const today = doc?.days[period.dayKey]?.r[rule.code] ?? 0;
  const week = doc?.weeks[period.weekKey]?.[rule.code] ?? 0;
  const byDay = rule.dailyCap === null ? Infinity : rule.dailyCap - today;
  const byWeek = rule.weeklyCap === null ? Infinity : rule.weeklyCap - week;
  return Math.max(0, Math.min(byDay, byWeek));
}

/** The part of `wanted` the caps allow; deductions are never capped. */
export function allowed(wanted: number, room: number): number {
  return wanted <= 0 ? wanted : Math.min(wanted, room);
}
