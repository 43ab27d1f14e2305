import type { Browser } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

let t: TestCloud;
let browser: Browser;
let member: { _id: string; name: string };

beforeAll(async () => {
  ({ t, browser } = await startJourney());
  const me = ok(await t.call(ID.member, 'member', 'me', {}));
  if (!me.bound) throw new Error('demo-member is not bound');
  member = me.member;
});
afterAll(() => endJourney({ t, browser }));

describe('a member’s 积分明细 on the H5 build', () => {
  it('lets the secretary open a member of the branch from the branch page and read the ledger', async () => {
    const page = await openAs(browser, t.url, ID.secretary, '/packages/points/branch/index');
    await page.getByRole('tab', { name: '成员积分明细' }).click();
    await page.getByTestId('branch-roster').getByText(member.name, { exact: true }).click();

    const who = page.getByTestId('member-ledger-who');
    await who.getByText(member.name).waitFor();
    await who.getByText('综合办公室党支部').waitFor();
    const history = page.getByTestId('member-history');
    await history.locator('.ledger-row').first().waitFor();
    // Reversal is an admin's correction: the secretary is not offered it.
    expect(await history.getByText('更正', { exact: true }).count()).toBe(0);
    await page.close();
  });

  it('lets an admin reverse an entry from it, which then shows 已更正', async () => {
    const page = await openAs(
      browser,
      t.url,
      ID.admin,
      `/packages/points/member-history/index?memberId=${member._id}`,
    );
    const history = page.getByTestId('member-history');
    const first = history.locator('.ledger-row').first();
    await first.waitFor();
    const entryId = (await first.getAttribute('data-testid'))?.replace(/^ledger-/, '') ?? '';
    await first.getByText('更正', { exact: true }).click();

    await page.getByTestId('field-reason').locator('textarea').fill('重复计分，予以冲正');
    await page.getByTestId('reverse-submit').click();
    await page.getByTestId('reverse-done').waitFor();
    await page.goBack();

    await history.getByText('原因：重复计分，予以冲正').waitFor();
    const original = history.getByTestId(`ledger-${entryId}`);
    await original.getByText('已更正').waitFor();
    expect(await original.getByText('更正', { exact: true }).count()).toBe(0);
    await page.close();
  });
});
