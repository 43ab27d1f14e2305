import type { Browser, Page } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../emulator/seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

const ARTICLE = '综合办公室党支部开展主题党日活动';
const NOTICE = '关于召开十二月支部党员大会的通知';

const row = (page: Page, testIdPrefix: string, text: string) =>
  page.locator(`[data-testid^="${testIdPrefix}"]`).filter({ hasText: text });

describe('news and notices on the H5 build, served by the local cloud', () => {
  let statsPath = '';

  it('lets the secretary write an article in 党建要闻, submit it and publish it', async () => {
    const page = await openAs(browser, t.url, ID.secretary, '/pages/home/index');
    await page.getByTestId('news-shortcuts').getByText('写文章').click();
    await page.getByTestId('article-title').locator('input').fill(ARTICLE);
    await page.getByTestId('column-choice-党建要闻').click();
    await page.getByTestId('add-heading').click();
    await page.getByTestId('block-0').locator('textarea').fill('活动概况');
    await page.getByTestId('add-paragraph').click();
    await page.getByTestId('block-1').locator('textarea').fill('支部全体党员重温入党誓词。');
    await page.getByTestId('article-submit').click();

    await row(page, 'draft-', ARTICLE).getByText('待审核').waitFor();

    await page.goto(`${t.url}/packages/news/review/index`);
    await row(page, 'review-', ARTICLE).getByTestId('review-approve').click();
    await page.getByText('没有待审核的文章').waitFor();
    await page.close();
  });

  it('lets the secretary send a notice to the branch', async () => {
    const page = await openAs(browser, t.url, ID.secretary, '/pages/branch/index');
    await page.getByTestId('open-compose').click();
    await page.getByTestId('notice-title').locator('input').fill(NOTICE);
    await page.getByTestId('notice-body').locator('textarea').fill('请全体党员按时参加。');
    await page.getByTestId('notice-send').click();
    await page.waitForURL(/\/packages\/notice\/stats\/index\?id=/);
    await expectStat(page, 'read', '0');
    statsPath = new URL(page.url()).pathname + new URL(page.url()).search;
    await page.close();
  });

  it('shows the member the article first in 党建要闻, and the article itself', async () => {
    const page = await openAs(browser, t.url, ID.member, '/pages/home/index');
    await page.getByTestId('news-feed').waitFor();
    await page.getByTestId('column-tab-党建要闻').click();
    const first = page.locator('[data-testid^="feed-item-"]').first();
    await first.getByText(ARTICLE).waitFor();
    await first.click();
    await page.getByTestId('article').getByText('支部全体党员重温入党誓词。').waitFor();
    await page.getByTestId('article-reads').getByText('阅读 1').waitFor();
    await page.close();
  });

  it('shows the member the notice unread in 消息中心, then read once opened', async () => {
    const page = await openAs(browser, t.url, ID.member, '/pages/branch/index');
    await page.getByTestId('inbox-unread').waitFor();
    await page.getByTestId('open-inbox').click();
    const notice = row(page, 'inbox-', NOTICE);
    await notice.getByText('未读').waitFor();
    await notice.click();
    await page.getByTestId('notice').getByText('请全体党员按时参加。').waitFor();
    await page.goBack();
    await row(page, 'inbox-', NOTICE).getByText('已读').waitFor();
    await page.close();
  });

  it('shows the secretary one read in 通知统计', async () => {
    const page = await openAs(browser, t.url, ID.secretary, statsPath);
    await expectStat(page, 'read', '1');
    await page.getByRole('tab', { name: '已读' }).click();
    await page.getByTestId('recipients-read').waitFor();
    await page.close();
  });
});

async function expectStat(page: Page, name: string, value: string) {
  await page.getByTestId(`stat-${name}`).getByText(value, { exact: true }).waitFor();
}
