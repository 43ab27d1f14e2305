import type { Role } from '../../../typings/documents';
import type { HoursSettings } from '../../../typings/functions/school';
import { isBranchCommitteeRole } from '../../../typings/policy';

/**
 * 学时: the regulation's unit of study (docs/domain.md §7.1–§7.3). Online study becomes 学时 by
 * verified minutes; a member's year is online plus offline, against the requirement of their
 * role, paced through the calendar year.
 */

/** Minutes of verified study that make one 学时 unless the enterprise sets otherwise (§7.2). */
export const DEFAULT_MINUTES_PER_HOUR = 45;
/** The yearly requirement of every member and of branch leaders (§7.1). */
export const MEMBER_REQUIRED_HOURS = 32;
export const LEADER_REQUIRED_HOURS = 56;

/** What an enterprise that has set nothing counts by (§7.1, §7.2). */
export const DEFAULT_HOURS_SETTINGS: HoursSettings = {
  minutesPerHour: DEFAULT_MINUTES_PER_HOUR,
  memberHours: MEMBER_REQUIRED_HOURS,
  leaderHours: LEADER_REQUIRED_HOURS,
};

/** 学时 are counted in tenths, rounded down: a part of a tenth has not been earned yet. */
export function roundHours(hours: number): number {
  return Math.floor(hours * 10 + 1e-9) / 10;
}

/** The 学时 `seconds` of verified study make. */
export function onlineHours(seconds: number, minutesPerHour = DEFAULT_MINUTES_PER_HOUR): number {
  return roundHours(seconds / (minutesPerHour * 60));
}

/** Whole 学时 in `seconds`: each earns its own `study_hour` points (§7.5). */
export function wholeHours(seconds: number, minutesPerHour = DEFAULT_MINUTES_PER_HOUR): number {
  return Math.floor(seconds / (minutesPerHour * 60));
}

/** A year's total: online and offline 学时 together, in tenths. */
export function totalHours(
  onlineSeconds: number,
  offline: number,
  minutesPerHour?: number,
): number {
  return roundHours(onlineHours(onlineSeconds, minutesPerHour) + offline + 1e-9);
}

/**
 * 32 学时 a year; 56 for a branch's 书记, 副书记 and committee members (§7.1), or what the
 * enterprise requires above that.
 */
export function requiredHours(
  roles: readonly Pick<Role, 'code'>[],
  settings: Pick<HoursSettings, 'memberHours' | 'leaderHours'> = DEFAULT_HOURS_SETTINGS,
): number {
  return roles.some(isBranchCommitteeRole) ? settings.leaderHours : settings.memberHours;
}

/**
 * The 学时 a member should have by the end of `date` (`YYYY-MM-DD`, China calendar): the
 * requirement times the share of the year gone by, in tenths rounded down (§7.3).
 */
export function paceFor(required: number, date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const start = Date.UTC(year, 0, 1);
  const elapsed = (Date.UTC(year, month - 1, day) - start) / 86_400_000 + 1;
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return roundHours((required * elapsed) / days);
}

/** Behind pace: fewer 学时 so far than the pace for the date (§7.3). */
export function isBehind(hours: number, pace: number): boolean {
  return hours < pace;
}
