import type { Browser, Page } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { newRequestId } from '../../typings/policy';
import {
  DESKTOP,
  PHONE,
  endJourney,
  openAs,
  saveScreenshot,
  startJourney,
} from '../support/browser';
import type { TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

// The H5 build's own bar (Taro's router draws it; the app names its controls).
const title = (page: Page, text: string) =>
  page.getByRole('banner').getByRole('heading', { name: text, exact: true });
const back = (page: Page) => page.getByRole('button', { name: '返回' });
const home = (page: Page) => page.getByRole('button', { name: '回首页' });
const feedItems = (page: Page) => page.locator('[data-testid^="feed-item-"]');

const waitForPath = (page: Page, path: string) => page.waitForURL((url) => url.pathname === path);

describe('getting around the H5 build, served by the local cloud', () => {
  for (const size of [PHONE, DESKTOP]) {
    const name = `${size.width}x${size.height}`;

    it(`at ${name}: goes from 首页 into an article and back with the bar's back control`, async () => {
      const page = await openAs(browser, t.url, ID.member, '/pages/home/index', size);
      await feedItems(page).first().waitFor();
      await title(page, '首页').waitFor();
      // A tab page has nowhere to go back to.
      expect(await back(page).isVisible()).toBe(false);
      expect(await home(page).isVisible()).toBe(false);

      const headline = await feedItems(page).first().locator('.feed-item__title').innerText();
      await feedItems(page).first().click();
      await waitForPath(page, '/packages/news/article/index');
      await page.getByTestId('article').getByText(headline, { exact: true }).waitFor();
      await title(page, '党建新鲜事').waitFor();
      // The feed is put away once the article has slid in.
      await feedItems(page).first().waitFor({ state: 'hidden' });
      console.log(`screenshot: ${await saveScreenshot(page, `getting-around-article-${name}`)}`);

      // At a desk the bar is used from the keyboard as well.
      if (size === DESKTOP) await back(page).press('Enter');
      else await back(page).click();
      await waitForPath(page, '/pages/home/index');
      await page.getByTestId('article').waitFor({ state: 'detached' });
      await feedItems(page).first().waitFor();
      await title(page, '首页').waitFor();
      console.log(`screenshot: ${await saveScreenshot(page, `getting-around-home-${name}`)}`);
      await page.context().close();
    });
  }

  it('takes an article opened from a shared link home with the bar, where back has nowhere to go', async () => {
    const feed = ok(await t.call(ID.member, 'news', 'list', {}));
    const article = feed.items[0];
    const page = await openAs(
      browser,
      t.url,
      ID.member,
      `/packages/news/article/index?id=${article._id}`,
    );
    await page.getByText(article.title, { exact: true }).waitFor();
    expect(await back(page).isVisible()).toBe(false);
    await home(page).click();
    await waitForPath(page, '/pages/home/index');
    await feedItems(page).first().waitFor();
    await page.context().close();
  });

  it('shows the title a page sets for itself', async () => {
    const page = await openAs(browser, t.url, ID.secretary, '/packages/member/edit/index');
    await title(page, '新增党员').waitFor();
    await page.context().close();
  });

  it('shows 页面不存在 with a way home for an address the app does not have', async () => {
    const page = await openAs(browser, t.url, ID.member, '/packages/news/no-such-page/index');
    await page.getByTestId('not-found').getByText('页面不存在', { exact: false }).waitFor();
    await title(page, '页面不存在').waitFor();
    console.log(`screenshot: ${await saveScreenshot(page, 'getting-around-not-found-390x844')}`);
    await page.getByTestId('not-found-home').click();
    await waitForPath(page, '/pages/home/index');
    await feedItems(page).first().waitFor();
    await page.context().close();
  });

  it('draws the app at 1280×800 as a centred, bounded column with its tab bar inside', async () => {
    const page = await openAs(browser, t.url, ID.member, '/pages/home/index', DESKTOP);
    await feedItems(page).first().waitFor();
    const box = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const { left, right, width } = el.getBoundingClientRect();
          return { left, right, width };
        });
    const column = await box('.taro-tabbar__container');
    expect(column.width).toBeGreaterThanOrEqual(900);
    expect(column.width).toBeLessThanOrEqual(1100);
    expect(Math.abs(column.left - (DESKTOP.width - column.right))).toBeLessThanOrEqual(1);
    for (const part of ['#taro-navigation-bar', '.weui-tabbar', '[data-testid^="feed-item-"]']) {
      const inside = await box(part);
      expect(inside.left).toBeGreaterThanOrEqual(column.left);
      expect(inside.right).toBeLessThanOrEqual(column.right);
    }
    // Text stays at a reading size, not a phone's blown up to the window.
    const headline = await feedItems(page)
      .first()
      .locator('.feed-item__title')
      .evaluate((el) =>
        parseFloat(el.ownerDocument.defaultView?.getComputedStyle(el).fontSize ?? ''),
      );
    expect(headline).toBeLessThanOrEqual(24);
    console.log(`screenshot: ${await saveScreenshot(page, 'getting-around-desktop-1280x800')}`);
    await page.context().close();
  });

  it('shows nothing of the previous identity after a switch: the 支部 badge goes', async () => {
    ok(
      await t.call(ID.secretary, 'notice', 'send', {
        requestId: newRequestId(),
        orgId: 'org-b-office',
        title: '关于召开支部委员会的通知',
        body: '请各位委员准时参加。',
        attachments: [],
        deadline: null,
      }),
    );
    const page = await openAs(browser, t.url, ID.member, '/pages/branch/index');
    const badge = page.locator('.weui-tabbar .taro-tabbar-badge');
    await page.getByTestId('inbox-unread').waitFor();
    await badge.waitFor();

    await page.locator('.weui-tabbar__item').filter({ hasText: '我的' }).click();
    await page.getByTestId(`demo-identity-${ID.visitor}`).click();
    await page.getByText('你还没有绑定党员身份').filter({ visible: true }).waitFor();
    await page.locator('.weui-tabbar__item').filter({ hasText: '支部' }).click();
    await waitForPath(page, '/pages/branch/index');
    await page.getByText('你还没有绑定党员身份').filter({ visible: true }).waitFor();
    expect(await badge.count()).toBe(0);
    await page.context().close();
  });
});
