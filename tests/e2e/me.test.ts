import type { Browser } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

const nameOf = async (openid: string) => {
  const me = await t.call(openid, 'member', 'me', {});
  if (!me.ok || !me.data.bound) throw new Error(`${openid} is not bound`);
  return me.data.member.name;
};

describe('我的 on the H5 build, served by the local cloud', () => {
  it('serves the app at the address npm start prints', async () => {
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="app"');
  });

  it('shows the member’s own name after switching the demo identity to that member', async () => {
    const page = await openAs(browser, t.url, ID.visitor, '/pages/me/index');
    await page.getByText('你还没有绑定党员身份').waitFor();
    await page.getByTestId(`demo-identity-${ID.member}`).click();
    await page.getByText(await nameOf(ID.member), { exact: true }).waitFor();
    await page.getByText('综合办公室党支部').first().waitFor();
    await page.close();
  });

  it('shows the binding prompt to an unbound visitor', async () => {
    const page = await openAs(browser, t.url, ID.member, '/pages/me/index');
    await page.getByText(await nameOf(ID.member), { exact: true }).waitFor();
    await page.getByTestId(`demo-identity-${ID.visitor}`).click();
    await page.getByText('你还没有绑定党员身份').waitFor();
    await page.getByText('请联系支部书记获取邀请码').waitFor();
    await page.close();
  });
});
