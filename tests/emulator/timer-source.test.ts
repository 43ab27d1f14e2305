import { periodOf } from '../../cloudfunctions/_shared/points/period';
import type { PointBranchYearDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { sdkFor } from '../support/sdk';

/**
 * Timer work (points reconciliation and ranking rebuilds, the notice outbox drain) runs only for
 * the platform's trigger, which the local cloud marks SOURCE wx_trigger as WeChat does; a caller
 * without an OPENID (a page in moments single-page mode) is still a client.
 */

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
const year = periodOf(new Date()).year;
const branchId = `org-b-office:${year}`;

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
});
afterAll(() => t.close());

const branchTotal = async () =>
  (
    (await db.collection('point_branch_years').doc(branchId).get()) as unknown as {
      data: PointBranchYearDoc;
    }
  ).data.total;

/** Leaves the branch 3 points short, quiet for an hour: what the nightly reconciliation repairs. */
async function leaveShort(): Promise<number> {
  const hourAgo = new Date(Date.now() - 3_600_000);
  await db
    .collection('point_member_years')
    .where({ orgId: 'org-b-office', year })
    .update({ data: { updatedAt: hourAgo } });
  const before = await branchTotal();
  await db
    .collection('point_branch_years')
    .doc(branchId)
    .update({ data: { total: db.command.inc(-3), updatedAt: hourAgo } });
  return before;
}

describe('timer-shaped events without an OPENID', () => {
  it("run nothing when they come through the gateway, and the local cloud's own timers still run", async () => {
    const correct = await leaveShort();
    const writes = t.cloud.db.stats().writes;

    for (const [fn, TriggerName] of [
      ['points', 'reconcileBranches'],
      ['points', 'rebuildRankPages'],
      ['notice', 'drainOutbox'],
    ]) {
      const reply = await t.post(fn, { Type: 'Timer', TriggerName }, null);
      expect(reply.body).toMatchObject({ ok: false });
    }
    expect(t.cloud.db.stats().writes).toBe(writes);
    expect(await branchTotal()).toBe(correct - 3);

    const run = JSON.parse((await t.cloud.functions.runTimer('points', 'reconcileBranches')).json);
    expect(run.repaired).toContain('org-b-office');
    expect(await branchTotal()).toBe(correct);
    expect(JSON.parse((await t.cloud.functions.runTimer('notice')).json)).toHaveProperty('sent');
  });
});
