import type { MemberDoc, OfflineStudyDoc, StudyYearDoc } from '../../typings/documents';
import { COLLECTIONS } from '../_shared/collections';
import { transaction } from '../_shared/db';
import { awardPoints } from '../_shared/points/award';
import { syncBranchHours } from './progress/figures';
import { emptyYear, readYear, yearId } from './years';

type Studier = Pick<MemberDoc, '_id' | 'name' | 'orgId' | 'orgPath' | 'roles'>;

/** 学时 in tenths: adding 0.1s in floating point must not leave 0.30000000000000004. */
const tenths = (hours: number) => Math.round(hours * 10) / 10;

/**
 * Records one member's offline trainings of `year` and moves their year's offline 学时 by the
 * records not yet there, in one transaction: records keyed by the request that made them are
 * written once, and the total moves once, however often the request is resent. The points
 * follow the recorded event, one award per record: a resent request finishes an award that
 * died after the records were written (docs/domain.md §7.5). The branch's line of the member is
 * set to the year as it now stands, so a resent request makes good a line that was not written.
 */
export async function creditOffline(
  member: Studier,
  year: number,
  records: OfflineStudyDoc[],
  now: Date,
): Promise<void> {
  const offline = COLLECTIONS.schoolOffline.name;
  const years = COLLECTIONS.schoolYears.name;
  await transaction(async (tx) => {
    let added = 0;
    for (const record of records) {
      if (await tx.exists(offline, record._id)) continue;
      await tx.add(offline, record);
      added += record.hours;
    }
    if (added === 0) return;
    const id = yearId(year, member._id);
    if (await tx.exists(years, id)) {
      const doc = await tx.get<StudyYearDoc>(years, id);
      await tx.update(years, id, {
        offlineHours: tenths(doc.offlineHours + added),
        updatedAt: now,
      });
    } else {
      await tx.add(years, { ...emptyYear(member, year, now), offlineHours: tenths(added) });
    }
  });
  // The branch's figures follow the year's new total (docs/domain.md §7.12).
  await syncBranchHours(member, year, await readYear(year, member._id), now);
  for (const record of records) {
    await awardPoints({
      memberId: member._id,
      orgId: member.orgId,
      orgPath: member.orgPath,
      rule: 'study_hour',
      sourceId: `offline:${record._id}`,
      amount: record.hours,
      at: now,
      grantedBy: record.recordedBy,
    });
  }
}
