import type { Browser } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

describe('binding a WeChat user with an invite code, on the H5 build', () => {
  it('the secretary issues a code to an unbound member; the visitor binds and sees their branch', async () => {
    const secretary = await openAs(browser, t.url, ID.secretary, '/packages/member/roster/index');
    const row = secretary
      .getByTestId(/^roster-row-/)
      .filter({ hasText: '未绑定' })
      .first();
    await row.waitFor();
    const name = (await row.locator('.roster-row__name').textContent())?.trim();
    expect(name).toBeTruthy();
    await row.click();

    await secretary.getByTestId('issue-invite').click();
    const shown = (await secretary.getByTestId('invite-code').textContent()) ?? '';
    expect(shown.replace(/\s/g, '')).toMatch(/^[A-Z2-9]{8}$/);
    await secretary.getByText(/有效期至/).waitFor();
    await secretary.close();

    const visitor = await openAs(browser, t.url, ID.visitor, '/packages/member/bind/index');
    const input = visitor.getByTestId('bind-code').locator('input');
    await input.fill('WRONG-COD');
    await visitor.getByTestId('bind-submit').click();
    await visitor.getByText('邀请码不正确，请核对后重新输入').waitFor();

    // Read aloud and typed in lower case with a space: the code still binds.
    await input.fill(shown.toLowerCase());
    await visitor.getByTestId('bind-submit').click();
    await visitor.waitForURL(/\/pages\/me\/index/);
    await visitor.getByText(name as string, { exact: true }).waitFor();
    await visitor.getByText('综合办公室党支部').first().waitFor();

    const me = await t.call(ID.visitor, 'member', 'me', {});
    expect(me.ok && me.data.bound && me.data.member.name).toBe(name);
    await visitor.close();
  });
});
