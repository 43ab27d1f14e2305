import type { PointBranchYearDoc, PointMemberYearDoc } from '../../typings/documents';
import { sdkFor } from '../support/sdk';
import { startTestCloud, type TestCloud } from '../support/local-cloud';

/**
 * The nightly reconciliation of branch figures (points timer `reconcileBranches`): a branch left
 * short by an award that died between the member's update and the branch's is repaired from its
 * members' year documents, but only once nothing has written to the branch for a while.
 */

/** The timer's scheduled time (03:30 in China): the local cloud's clock stands there. */
const NOW = '2026-06-18T03:30:00+08:00';
const year = 2026;
const hourAgo = () => new Date(Date.parse(NOW) - 3_600_000);

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;

beforeAll(async () => {
  t = await startTestCloud({ at: NOW });
  db = sdkFor(t.url).database();
});
afterAll(() => t.close());

const branchDoc = async (orgId: string) =>
  (
    (await db
      .collection('point_branch_years')
      .where({ _id: `${orgId}:${year}` })
      .get()) as unknown as { data: PointBranchYearDoc[] }
  ).data[0];

async function membersOf(orgId: string) {
  const { data } = (await db
    .collection('point_member_years')
    .where({ orgId, year })
    .get()) as unknown as { data: PointMemberYearDoc[] };
  return data;
}

/** Makes a branch look as an award left it an hour ago that died before the branch update. */
async function leaveShort(orgId: string, by: number) {
  for (const m of await membersOf(orgId))
    await db
      .collection('point_member_years')
      .doc(m._id)
      .update({ data: { updatedAt: hourAgo() } });
  await db
    .collection('point_branch_years')
    .doc(`${orgId}:${year}`)
    .update({ data: { total: db.command.inc(-by), updatedAt: hourAgo() } });
}

const reconcile = async () =>
  JSON.parse((await t.cloud.functions.runTimer('points', 'reconcileBranches')).json) as {
    branches: number;
    repaired: string[];
  };

describe('reconciling branch figures', () => {
  it('repairs a quiet branch that fell short, and leaves correct and busy branches alone', async () => {
    const sum = (await membersOf('org-b-office')).reduce((n, m) => n + m.total, 0);
    expect(sum).toBeGreaterThan(0);
    expect((await branchDoc('org-b-office')).total).toBe(sum);
    await leaveShort('org-b-office', 3);
    // A member of this branch earned points just now (the database's server date is the clock's
    // time): an award may still be on its way.
    await leaveShort('org-b-finance', 2);
    const [busy] = await membersOf('org-b-finance');
    await db
      .collection('point_member_years')
      .doc(busy._id)
      .update({ data: { updatedAt: db.serverDate() } });

    const run = await reconcile();

    expect(run.repaired).toEqual(['org-b-office']);
    expect(run.branches).toBeGreaterThanOrEqual(8);
    expect((await branchDoc('org-b-office')).total).toBe(sum);
    const finance = (await membersOf('org-b-finance')).reduce((n, m) => n + m.total, 0);
    expect((await branchDoc('org-b-finance')).total).toBe(finance - 2);
    expect((await reconcile()).repaired).toEqual([]);
  });

  it('recreates the year document of a branch whose first award died before making it', async () => {
    const sum = (await membersOf('org-b-hr')).reduce((n, m) => n + m.total, 0);
    const months = (await branchDoc('org-b-hr')).months;
    await leaveShort('org-b-hr', 0);
    await db.collection('point_branch_years').doc(`org-b-hr:${year}`).remove();

    expect((await reconcile()).repaired).toContain('org-b-hr');

    const doc = await branchDoc('org-b-hr');
    expect(doc).toMatchObject({ orgId: 'org-b-hr', total: sum, months });
  });

  it('is started only by the platform timer, never by a client event', async () => {
    const reply = await t.post(
      'points',
      { Type: 'Timer', TriggerName: 'reconcileBranches' },
      'demo-member',
    );
    expect(reply.body).toMatchObject({ ok: false });
  });
});
