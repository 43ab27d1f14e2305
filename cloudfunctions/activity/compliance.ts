import type { ActivityDoc, ComplianceDoc, OrganisationDoc } from '../../typings/documents';
import { inChina } from '../_shared/clock';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { readRange } from '../_shared/db';
import { rosterOf } from './roster';
import { COMMITTEE_MIN, monthsOf } from './figures';
import { IDLE_MONTHS, idleMembers } from './rules/warnings';

const PAGE = 1000;
type Branch = Pick<OrganisationDoc, '_id' | 'path' | 'name' | 'committee'>;

export const complianceIdOf = (orgId: string, year: number) => `${orgId}:${year}`;

const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+08:00`).toISOString();

function activitiesOfYear(orgId: string, year: number) {
  return readRange<Pick<ActivityDoc, 'type' | 'month' | 'status' | 'branchKey'>>({
    collection: COLLECTIONS.activities.name,
    key: 'branchKey',
    from: `${orgId}|${yearStart(year)}`,
    to: `${orgId}|${yearStart(year + 1)}`,
    fields: { type: true, month: true, status: true },
  });
}

/** Members of the branch with no attendance in the six months before `at` (docs/domain.md §2.7). */
async function idleOf(branch: Branch, at: Date): Promise<string[]> {
  const since = inChina(at).subtract(IDLE_MONTHS, 'month').toDate();
  const [roster, present] = await Promise.all([
    rosterOf(branch),
    db
      .collection(COLLECTIONS.activityAttendance.name)
      .where({ orgId: branch._id, state: 'present', startsAt: _.gte(since) })
      .field({ memberId: true, startsAt: true })
      .limit(PAGE * 5)
      .get<{ memberId: string; startsAt: Date }>(),
  ]);
  const last = new Map<string, Date>();
  for (const a of present.data) last.set(a.memberId, new Date(a.startsAt));
  return idleMembers(
    roster.map((m) => m._id),
    last,
    since,
  );
}

/**
 * A branch's figures for one year from its activities: what each month held and planned, its
 * warnings (docs/domain.md §2.8), and for the running year its idle members. Written whole, so
 * running it twice is running it once.
 */
export async function recomputeBranchYear(
  branch: Branch,
  year: number,
  at: Date,
): Promise<ComplianceDoc> {
  const today = inChina(at);
  const [rows, groups, idle] = await Promise.all([
    activitiesOfYear(branch._id, year),
    db
      .collection(COLLECTIONS.organisations.name)
      .where({ parentId: branch._id, type: '党小组' })
      .limit(1)
      .get<unknown>(),
    year === today.year() ? idleOf(branch, at) : Promise.resolve([]),
  ]);
  const months = monthsOf(
    rows,
    year,
    { year: today.year(), month: today.month() + 1 },
    { hasCommittee: branch.committee.length >= COMMITTEE_MIN, hasGroups: groups.data.length > 0 },
  );
  const doc: ComplianceDoc = {
    _id: complianceIdOf(branch._id, year),
    orgId: branch._id,
    orgPath: branch.path,
    orgName: branch.name,
    year,
    months,
    idleMembers: idle,
    updatedAt: at,
  };
  const { _id, ...fields } = doc;
  await db.collection(COLLECTIONS.activityCompliance.name).doc(_id).set({ data: fields });
  return doc;
}
