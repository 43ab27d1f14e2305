import type { MemberDoc, StudyYearDoc } from '../../typings/documents';
import type { HoursSettings, HoursSummary } from '../../typings/functions/school';
import * as clock from '../_shared/clock';
import { db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { isDuplicateKey } from '../_shared/db-errors';
import { isBehind, onlineHours, paceFor, requiredHours, totalHours } from './rules/hours';

/** The China calendar year of an instant: 学时 count per calendar year (docs/domain.md §7.1). */
export const yearOf = (at: Date) => clock.inChina(at).year();

export const yearId = (year: number, memberId: string) => `${year}:${memberId}`;

export function readYear(year: number, memberId: string): Promise<StudyYearDoc | null> {
  return findById<StudyYearDoc>(COLLECTIONS.schoolYears.name, yearId(year, memberId));
}

export function emptyYear(
  member: Pick<MemberDoc, '_id' | 'name' | 'orgId' | 'orgPath'>,
  year: number,
  now: Date,
): StudyYearDoc {
  return {
    _id: yearId(year, member._id),
    memberId: member._id,
    memberName: member.name,
    orgId: member.orgId,
    orgPath: member.orgPath,
    year,
    onlineSeconds: 0,
    offlineHours: 0,
    lessonsCompleted: 0,
    active: null,
    updatedAt: now,
  };
}

/**
 * Writes `patch` to a member's year, creating the year with it when it has none: one
 * operation, two when a racing first write created it in between.
 */
export async function patchYear(
  member: Pick<MemberDoc, '_id' | 'name' | 'orgId' | 'orgPath'>,
  year: number,
  existing: StudyYearDoc | null,
  patch: Partial<StudyYearDoc>,
  now: Date,
): Promise<void> {
  const years = db.collection(COLLECTIONS.schoolYears.name);
  if (!existing) {
    try {
      await years.add({ data: { ...emptyYear(member, year, now), ...patch } });
      return;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  await years.doc(yearId(year, member._id)).update({ data: { ...patch, updatedAt: now } });
}

/**
 * A member's year as the pages show it, against their requirement and today's pace. Verified
 * time is kept in seconds, so online 学时 follow the enterprise's conversion as it stands now
 * (docs/domain.md §7.2).
 */
export function summarise(
  member: Pick<MemberDoc, 'roles'>,
  doc: Pick<StudyYearDoc, 'onlineSeconds' | 'offlineHours' | 'lessonsCompleted'> | null,
  now: Date,
  settings: HoursSettings,
): HoursSummary {
  const online = doc?.onlineSeconds ?? 0;
  const offline = doc?.offlineHours ?? 0;
  const hours = totalHours(online, offline, settings.minutesPerHour);
  const required = requiredHours(member.roles, settings);
  const pace = paceFor(required, clock.chinaToday(now));
  return {
    year: yearOf(now),
    hours,
    online: onlineHours(online, settings.minutesPerHour),
    offline,
    required,
    pace,
    behind: isBehind(hours, pace),
    lessonsCompleted: doc?.lessonsCompleted ?? 0,
    minutesPerHour: settings.minutesPerHour,
  };
}
