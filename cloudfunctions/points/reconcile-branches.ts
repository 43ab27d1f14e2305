import type {
  OrganisationDoc,
  PointBranchYearDoc,
  PointMemberYearDoc,
} from '../../typings/documents';
import * as clock from '../_shared/clock';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { isDuplicateKey } from '../_shared/db-errors';
import { periodOf } from '../_shared/points/period';
import { sameFigures, sumOfMembers, type Figures } from './branch-sums';

const PAGE = 100;
/** Longer than any function may run: a branch written to since may have an award in flight. */
const QUIET_MS = 10 * 60_000;

type MemberFigures = Pick<PointMemberYearDoc, 'total' | 'months' | 'updatedAt'>;

export interface Reconciled {
  year: number;
  branches: number;
  repaired: string[];
}

/**
 * The nightly check of every branch's year figures. An award counts for the member first and
 * the branch second, so an instance that dies in between leaves the branch short; the members'
 * documents are the truth. A branch written to in the last minutes is left for the next night,
 * and a repair is conditional on the branch document being as it was read, so it never races
 * an award. Costs a read per branch and one per page of branches, plus a write per repair.
 */
export async function reconcileBranches(now = clock.now()): Promise<Reconciled> {
  const { year } = periodOf(now);
  const quietSince = now.getTime() - QUIET_MS;
  const repaired: string[] = [];
  let branches = 0;
  let after = '';
  for (;;) {
    const { data: page } = await db
      .collection(COLLECTIONS.organisations.name)
      .where({ type: '党支部', path: _.gt(after) })
      .orderBy('path', 'asc')
      .field({ _id: true, path: true })
      .limit(PAGE)
      .get<Pick<OrganisationDoc, '_id' | 'path'>>();
    if (!page.length) break;
    const stored = await branchYears(page.map((b) => `${b._id}:${year}`));
    for (const branch of page) {
      const doc = stored.get(`${branch._id}:${year}`) ?? null;
      if (await repair(branch, year, doc, quietSince, now)) repaired.push(branch._id);
    }
    branches += page.length;
    after = page[page.length - 1].path;
    if (page.length < PAGE) break;
  }
  return { year, branches, repaired };
}

async function branchYears(ids: string[]): Promise<Map<string, PointBranchYearDoc>> {
  const { data } = await db
    .collection(COLLECTIONS.pointBranchYears.name)
    .where({ _id: _.in(ids) })
    .limit(ids.length)
    .get<PointBranchYearDoc>();
  return new Map(data.map((d) => [d._id, d]));
}

async function repair(
  branch: Pick<OrganisationDoc, '_id' | 'path'>,
  year: number,
  doc: PointBranchYearDoc | null,
  quietSince: number,
  now: Date,
): Promise<boolean> {
  if (doc && new Date(doc.updatedAt).getTime() > quietSince) return false;
  const { data: members } = await db
    .collection(COLLECTIONS.pointMemberYears.name)
    .where({ orgId: branch._id, year })
    .field({ total: true, months: true, updatedAt: true })
    .limit(1000)
    .get<MemberFigures>();
  if (members.some((m) => new Date(m.updatedAt).getTime() > quietSince)) return false;
  const truth = sumOfMembers(members);
  if (doc ? sameFigures(doc, truth) : truth.total === 0) return false;
  return doc ? overwrite(doc, truth, now) : create(branch, year, truth, now);
}

async function overwrite(doc: PointBranchYearDoc, truth: Figures, now: Date): Promise<boolean> {
  const result = await db
    .collection(COLLECTIONS.pointBranchYears.name)
    .where({ _id: doc._id, updatedAt: new Date(doc.updatedAt) })
    .update({
      data: { total: truth.total, months: _.set(truth.months), updatedAt: now },
    });
  return result.stats.updated === 1;
}

async function create(
  branch: Pick<OrganisationDoc, '_id' | 'path'>,
  year: number,
  truth: Figures,
  now: Date,
): Promise<boolean> {
  const doc: PointBranchYearDoc = {
    _id: `${branch._id}:${year}`,
    orgId: branch._id,
    orgPath: branch.path,
    year,
    ...truth,
    updatedAt: now,
  };
  try {
    await db.collection(COLLECTIONS.pointBranchYears.name).add({ data: doc });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}
