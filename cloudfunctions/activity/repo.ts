import type { ActivityDoc, AttendanceDoc } from '../../typings/documents';
import { db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { notFound } from '../_shared/errors';

export const activities = () => db.collection(COLLECTIONS.activities.name);
export const attendance = () => db.collection(COLLECTIONS.activityAttendance.name);

/** The indexed key of a branch's activities in time order. */
export const branchKeyOf = (orgId: string, startsAt: Date, id: string) =>
  `${orgId}|${startsAt.toISOString()}|${id}`;

/** What a newly planned activity starts with, whether written afresh or copied from last month. */
export const newPlanState = (plannedBy: string, at: Date) =>
  ({
    status: 'planned',
    record: null,
    media: [],
    confirmedBy: [],
    confirmedAt: null,
    amendments: [],
    plannedBy,
    createdAt: at,
    updatedAt: at,
  }) satisfies Partial<ActivityDoc>;

export const attendanceIdOf = (activityId: string, memberId: string) => `${activityId}:${memberId}`;

export async function loadActivity(id: string): Promise<ActivityDoc> {
  const doc = await findById<ActivityDoc>(COLLECTIONS.activities.name, id);
  if (!doc) throw notFound('找不到该活动');
  return doc;
}

/** Everyone due or marked at one activity: at most a branch's roster and its guests. */
export async function attendanceOf(activityId: string): Promise<AttendanceDoc[]> {
  const { data } = await attendance()
    .where({ activityId })
    .orderBy('memberId', 'asc')
    .limit(1000)
    .get<AttendanceDoc>();
  return data;
}
