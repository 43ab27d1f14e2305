import type { Browser, Page } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';

let t: TestCloud;
let browser: Browser;
let memberId: string;

beforeAll(async () => {
  ({ t, browser } = await startJourney());
  memberId = await t.memberId(ID.member);
});
afterAll(() => endJourney({ t, browser }));

const adjust = async (page: Page, kind: '补发' | '违规扣减', points: string, reason: string) => {
  await page.getByRole('radio', { name: kind }).click();
  await page.getByTestId('field-points').locator('input').fill(points);
  await page.getByTestId('field-reason').locator('textarea').fill(reason);
  await page.getByTestId('adjust-submit').click();
};

describe('manual adjustments and reversals on the H5 build', () => {
  it('lets the secretary award points with a reason, shown to the member', async () => {
    const secretary = await openAs(
      browser,
      t.url,
      ID.secretary,
      `/packages/points/adjust/index?memberId=${memberId}`,
    );
    await adjust(secretary, '补发', '30', '补录主题党日');
    await secretary.getByText('请填写 1 到 20 之间的整数').waitFor();
    await adjust(secretary, '补发', '2', '补录主题党日');
    await secretary.getByTestId('adjust-done').getByText('已补发 2 分').waitFor();
    // Reversal is an admin's correction: a secretary is not offered it.
    expect(await secretary.getByText('更正本次调整').count()).toBe(0);
    await secretary.close();

    const member = await openAs(browser, t.url, ID.member, '/packages/points/mine/index');
    const history = member.getByTestId('points-history');
    await history.getByText('原因：补录主题党日').waitFor();
    await history.getByText('补发积分').first().waitFor();
    await member.close();
  });

  it('shows the server’s refusal when a secretary opens a member of another branch', async () => {
    const other = await t.memberId(ID.member2);
    // What the server answers this secretary for that member: the page must show this very
    // refusal in its error state, and no form.
    const refusal = await t.call(ID.secretary, 'member', 'get', { id: other });
    if (refusal.ok) throw new Error('the secretary was let see a member of another branch');
    expect(refusal.error.code).toBe('FORBIDDEN');
    const secretary = await openAs(
      browser,
      t.url,
      ID.secretary,
      `/packages/points/adjust/index?memberId=${other}`,
    );
    const alert = secretary.getByRole('alert');
    await alert.getByText(refusal.error.message, { exact: true }).waitFor();
    // Trying again would be refused again: the way on is home.
    await alert.getByText('返回首页', { exact: true }).waitFor();
    expect(await secretary.getByTestId('adjust-submit').count()).toBe(0);
    await secretary.close();
  });

  it('lets an admin reverse a deduction, and the member sees it marked 已更正', async () => {
    const admin = await openAs(
      browser,
      t.url,
      ID.admin,
      `/packages/points/adjust/index?memberId=${memberId}`,
    );
    await adjust(admin, '违规扣减', '1', '未按时参加组织生活');
    await admin.getByTestId('adjust-done').getByText('已扣减 1 分').waitFor();
    await admin.getByTestId('reverse-adjustment').click();
    // The correction page says whose entry it is, its points and its reason, from the server.
    const name = t.cloud.db.find('members', { _id: memberId })[0] as { name: string };
    await admin.getByTestId('reverse-member').getByText(name.name, { exact: true }).waitFor();
    const entry = admin.locator('.ledger-row', { hasText: '原因：未按时参加组织生活' });
    expect(await entry.textContent()).toContain('违规扣减');
    expect(await entry.textContent()).toContain('-1');
    await admin.getByText(/将 \+1 分/).waitFor();
    await admin.getByTestId('field-reason').locator('textarea').fill('已补假，扣减有误');
    await admin.getByTestId('reverse-submit').click();
    await admin.getByTestId('reverse-done').getByText('已更正 +1 分').waitFor();
    await admin.close();

    const member = await openAs(browser, t.url, ID.member, '/packages/points/mine/index');
    const history = member.getByTestId('points-history');
    await history.getByText('原因：已补假，扣减有误').waitFor();
    const deduction = history.locator('.ledger-row', { hasText: '原因：未按时参加组织生活' });
    expect(await deduction.textContent()).toContain('已更正');
    expect(await deduction.textContent()).toContain('-1');
    await member.close();
  });
});
