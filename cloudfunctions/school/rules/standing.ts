import type { BranchMemberHours } from '../../../typings/documents';
import type { HoursSettings } from '../../../typings/functions/school';
import { isBehind, paceFor, requiredHours, totalHours } from './hours';

/**
 * Where a branch stands in a year (docs/domain.md §7.12): its members' totals in the bands the
 * 民主评议 reads, and how many are behind the pace for a date (§7.3).
 */

/** Lower bounds of the 学时 bands: 0–8, 8–16, 16–24, 24–32, 32 and over. */
export const HOUR_BANDS = [0, 8, 16, 24, 32] as const;

type Line = Pick<BranchMemberHours, 'onlineSeconds' | 'offline' | 'roles'>;

/** A member's year total in tenths, online (by the enterprise's conversion) and offline. */
export function totalOf(line: Line, settings: HoursSettings): number {
  return totalHours(line.onlineSeconds, line.offline, settings.minutesPerHour);
}

/** The band a total falls in: the last whose lower bound it reaches. */
export function bandOf(hours: number): number {
  return HOUR_BANDS.reduce<number>((band, from, i) => (hours >= from ? i : band), 0);
}

/** How many members fall in each band. */
export function bandCounts(lines: Line[], settings: HoursSettings): number[] {
  const counts = HOUR_BANDS.map(() => 0);
  for (const line of lines) counts[bandOf(totalOf(line, settings))] += 1;
  return counts;
}

/** Whether a member is behind the pace for `date` (`YYYY-MM-DD`) by their own requirement. */
export function lineBehind(line: Line, settings: HoursSettings, date: string): boolean {
  return isBehind(totalOf(line, settings), paceFor(requiredHours(line.roles, settings), date));
}

/** How many members are behind the pace for `date`. */
export function behindCount(lines: Line[], settings: HoursSettings, date: string): number {
  return lines.filter((line) => lineBehind(line, settings, date)).length;
}
