import type { Browser } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

/** Words a user must never be shown: field names, codes, the old generic schema wording. */
const RAW = /字段|不符合要求|INVALID_ARGUMENT|NOT_FOUND|\bid\b/;

describe('a page that cannot load says why in words and offers the way on (H5)', () => {
  jest.setTimeout(60_000);

  it('offers a visitor who is not bound 去绑定 on a branch-only article, which opens binding', async () => {
    const { items } = ok(await t.call(ID.member, 'news', 'list', {}));
    const branchOnly = items.find((a) => a.scopeName === '综合办公室党支部');
    if (!branchOnly) throw new Error('no branch-only article in the feed');
    const page = await openAs(
      browser,
      t.url,
      ID.visitor,
      `/packages/news/article/index?id=${branchOnly._id}`,
    );
    const alert = page.getByRole('alert');
    await alert.getByText('该文章仅对本单位党员开放，请先绑定党员身份').waitFor();
    expect(await alert.getByText('重试', { exact: true }).count()).toBe(0);
    await alert.getByText('去绑定', { exact: true }).waitFor();
    await alert.getByTestId('error-bind').click();
    await page.waitForURL(/\/packages\/member\/bind\/index/);
    await page.close();
  });

  it.each([
    ['without an id', ''],
    ['with an id that names nothing', '?id=no-such-article'],
  ])('says an article link %s leads to nothing, and goes home', async (_what, query) => {
    const page = await openAs(browser, t.url, ID.member, `/packages/news/article/index${query}`);
    const alert = page.getByRole('alert');
    await alert.getByText(/找不到/).waitFor();
    expect(await alert.textContent()).not.toMatch(RAW);
    await alert.getByText('返回首页', { exact: true }).waitFor();
    await alert.getByTestId('error-home').click();
    await page.waitForURL(/\/pages\/home\/index/);
    await page.close();
  });
});
