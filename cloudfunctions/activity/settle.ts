import type { ActivityDoc, AttendanceDoc } from '../../typings/documents';
import { inChina } from '../_shared/clock';
import { isDuplicateKey } from '../_shared/db-errors';
import { loadOrg } from '../_shared/organisations';
import { awardPoints } from '../_shared/points/award';
import { recomputeBranchYear } from './compliance';
import { attendance, attendanceIdOf, attendanceOf } from './repo';

/**
 * What follows a locked record, each step safe to repeat (a retried confirm runs it again):
 * every due member not there is marked absent, so 送学 reaches them; each member present earns
 * attend_meeting once (the ledger id is rule + member + activity, docs/domain.md §2.9); the
 * branch's figures for the year are recomputed (docs/domain.md §2.8).
 */
export async function settle(doc: ActivityDoc, at: Date): Promise<void> {
  const marked = await attendanceOf(doc._id);
  const seen = new Set(marked.map((a) => a.memberId));
  for (const due of doc.due.filter((d) => !seen.has(d.memberId))) {
    const entry: AttendanceDoc = {
      _id: attendanceIdOf(doc._id, due.memberId),
      activityId: doc._id,
      memberId: due.memberId,
      name: due.name,
      orgId: doc.orgId,
      state: 'absent',
      reason: null,
      via: 'host',
      at,
      startsAt: doc.startsAt,
      studiedAt: null,
    };
    await attendance()
      .add({ data: entry })
      .catch((error: unknown) => {
        if (!isDuplicateKey(error)) throw error;
      });
  }
  for (const present of marked.filter((a) => a.state === 'present')) {
    await awardPoints({
      memberId: present.memberId,
      orgId: doc.orgId,
      orgPath: doc.orgPath,
      rule: 'attend_meeting',
      sourceId: doc._id,
      at: new Date(doc.startsAt),
    });
  }
  await recomputeBranchYear(await loadOrg(doc.orgId), inChina(doc.startsAt).year(), at);
}
