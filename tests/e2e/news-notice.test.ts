import type { Browser, Page } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { newRequestId } from '../../typings/policy';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

const row = (page: Page, testIdPrefix: string, text: string) =>
  page.locator(`[data-testid^="${testIdPrefix}"]`).filter({ hasText: text });

// Each journey starts from state of its own, made through the functions as the app makes it,
// so any one of them runs alone (jest -t) and none depends on another's leftovers.

/** An article the secretary wrote in 党建要闻 for the branch, published by the 党委 admin. */
async function publishArticle(title: string, paragraph: string): Promise<void> {
  const saved = ok(
    await t.call(ID.secretary, 'news', 'save', {
      title,
      cover: null,
      summary: paragraph,
      body: `<h2>活动概况</h2><p>${paragraph}</p>`,
      source: '综合办公室党支部',
      author: '支部宣传委员',
      columnId: 'col-news',
      scopeId: 'org-b-office',
      pinned: false,
    }),
  );
  ok(await t.call(ID.secretary, 'news', 'submit', { id: saved._id }));
  // The committee above approves what the secretary wrote and submitted.
  ok(await t.call(ID.admin, 'news', 'review', { id: saved._id, approve: true }));
}

/** A notice the secretary sent to the branch; answers its id. */
async function sendNotice(title: string, body: string): Promise<string> {
  const sent = ok(
    await t.call(ID.secretary, 'notice', 'send', {
      requestId: newRequestId(),
      orgId: 'org-b-office',
      title,
      body,
      attachments: [],
      deadline: null,
    }),
  );
  return sent._id;
}

describe('news and notices on the H5 build, served by the local cloud', () => {
  it('lets the secretary write an article in 党建要闻 and submit it, and the 党委 publish it', async () => {
    const ARTICLE = '综合办公室党支部开展主题党日活动';
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

    // The one who submits does not approve: the secretary is told who does.
    await page.goto(`${t.url}/packages/news/review/index`);
    await row(page, 'review-', ARTICLE).getByTestId('review-own').waitFor();
    expect(await row(page, 'review-', ARTICLE).getByTestId('review-approve').count()).toBe(0);
    await page.close();

    const admin = await openAs(browser, t.url, ID.admin, '/packages/news/review/index');
    await row(admin, 'review-', ARTICLE).getByTestId('review-approve').click();
    await admin.getByTestId('review-approve').waitFor({ state: 'detached' });
    await admin.close();
  });

  it('lets the secretary send a notice to the branch', async () => {
    const NOTICE = '关于召开十二月支部党员大会的通知';
    const page = await openAs(browser, t.url, ID.secretary, '/pages/branch/index');
    await page.getByTestId('open-compose').click();
    await page.getByTestId('notice-title').locator('input').fill(NOTICE);
    await page.getByTestId('notice-body').locator('textarea').fill('请全体党员按时参加。');
    await page.getByTestId('notice-send').click();
    await page.waitForURL(/\/packages\/notice\/stats\/index\?id=/);
    await expectStat(page, 'read', '0');
    await page.close();
  });

  it('shows the member the article first in 党建要闻, and the article itself', async () => {
    const ARTICLE = '综合办公室党支部开展党史学习';
    await publishArticle(ARTICLE, '支部全体党员重温入党誓词。');
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
    const NOTICE = '关于开展十二月主题党日的通知';
    await sendNotice(NOTICE, '请全体党员按时参加。');
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
    const id = await sendNotice('关于缴纳十二月党费的通知', '请于月底前缴纳。');
    ok(await t.call(ID.member, 'notice', 'get', { id }));
    const me = ok(await t.call(ID.member, 'member', 'me', {}));
    if (!me.bound) throw new Error('demo-member is not bound');
    const page = await openAs(
      browser,
      t.url,
      ID.secretary,
      `/packages/notice/stats/index?id=${id}`,
    );
    await expectStat(page, 'read', '1');
    await page.getByRole('tab', { name: '已读' }).click();
    await page.getByTestId('recipients-read').getByText(me.member.name).waitFor();
    await page.close();
  });
});

async function expectStat(page: Page, name: string, value: string) {
  await page.getByTestId(`stat-${name}`).getByText(value, { exact: true }).waitFor();
}
