import type { Browser, Page } from 'playwright-core';
import type { MyPoints } from '../../typings';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

/**
 * The local cloud's clock stands on a weekday morning in China (docs/cloudbase-protocol.md
 * §4.5): the demo seed gives nobody points on its own day, so today's caps are all open.
 */
const NOW = '2026-06-17T10:00:00+08:00';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney({ at: NOW })));
afterAll(() => endJourney({ t, browser }));

const pointsOf = async (openid: string): Promise<MyPoints> =>
  ok(await t.call(openid, 'points', 'me', {}));

/** An enterprise-wide article the reader opens for the first time: every member may read it. */
async function openFreshArticle(openid: string): Promise<string> {
  const { items } = ok(await t.call(openid, 'news', 'list', {}));
  for (const item of items) {
    const article = ok(await t.call(openid, 'news', 'get', { id: item._id }));
    if (article.enterpriseWide && article.firstRead) return article._id;
  }
  throw new Error('没有可供首次阅读的全集团文章');
}

const todayOf = (points: MyPoints, code: string) =>
  points.byRule.find((rule) => rule.code === code)?.today ?? 0;

const figure = (page: Page, label: string) =>
  page.getByTestId(`points-${label}`).locator('.points-figures__value');

describe('learning points on the H5 build, earned through news', () => {
  jest.setTimeout(60_000);

  it('shows the reader’s reading points and the sharer’s share points on 我的积分', async () => {
    const [readerId, sharerId] = await Promise.all([
      t.memberId(ID.member),
      t.memberId(ID.secretary),
    ]);
    const [readerBefore, sharerBefore] = await Promise.all([
      pointsOf(ID.member),
      pointsOf(ID.secretary),
    ]);

    // Nothing earned today yet: each rule below has its whole daily cap left.
    expect(todayOf(readerBefore, 'read_article')).toBe(0);
    expect(todayOf(sharerBefore, 'share_opened')).toBe(0);

    // Reading counts after 30 s, and the server credits no more than the time since the open:
    // the clock moves 31 s on instead of the test waiting for them.
    const articleId = await openFreshArticle(ID.member);
    t.cloud.clock.advance(31_000);
    const beat = ok(await t.call(ID.member, 'news', 'heartbeat', { id: articleId, seconds: 31 }));
    expect(beat.qualified).toBe(true);

    const { token } = ok(await t.call(ID.secretary, 'news', 'share', { id: articleId }));
    const shared = ok(await t.call(ID.member2, 'news', 'get', { id: articleId, share: token }));
    expect(shared._id).toBe(articleId);

    const [readerAfter, sharerAfter] = await Promise.all([
      pointsOf(ID.member),
      pointsOf(ID.secretary),
    ]);
    // One point each: a qualified first read to the reader, an opened share to the sharer.
    expect(readerAfter.year).toBe(readerBefore.year + 1);
    expect(readerAfter.today).toBe(1);
    expect(todayOf(readerAfter, 'read_article')).toBe(1);
    expect(sharerAfter.year).toBe(sharerBefore.year + 1);
    expect(todayOf(sharerAfter, 'share_opened')).toBe(1);

    const reader = await openAs(browser, t.url, ID.member, '/packages/points/mine/index');
    const read = reader.getByTestId(`ledger-read_article:${readerId}:${articleId}`);
    await read.getByText('阅读文章').waitFor();
    expect(await read.textContent()).toContain('+1');
    expect(await figure(reader, '本年度').textContent()).toBe(String(readerAfter.year));
    expect(await figure(reader, '今日').textContent()).toBe(String(readerAfter.today));
    expect(await reader.getByTestId('today-read_article').textContent()).toContain('阅读文章1/6');
    await reader.getByText('积分怎么得').waitFor();
    await reader.getByText('阅读满 30 秒，+1 分/次，每日最多 6 分').waitFor();
    await reader.close();

    const sharer = await openAs(browser, t.url, ID.secretary, '/packages/points/mine/index');
    const share = sharer.getByTestId(
      `ledger-share_opened:${sharerId}:${articleId}:${await t.memberId(ID.member2)}`,
    );
    await share.getByText('分享被阅读').waitFor();
    expect(await share.textContent()).toContain('+1');
    expect(await figure(sharer, '本年度').textContent()).toBe(String(sharerAfter.year));
    await sharer.close();
  });

  it('shows the year and today on 我的 and opens 我的积分 from there', async () => {
    const points = await pointsOf(ID.member);
    const page = await openAs(browser, t.url, ID.member, '/pages/me/index');
    const card = page.getByTestId('points-card');
    await card.getByText(String(points.year), { exact: true }).waitFor();
    await card.click();
    await page.getByText('积分明细').waitFor();
    await page.close();
  });

  it('ranks the branch with the viewer by name and others anonymised unless they opt in', async () => {
    const page = await openAs(browser, t.url, ID.member, '/packages/points/branch/index');
    await page.getByTestId('branch-figures').getByText('综合办公室党支部').waitFor();
    const me = ok(await t.call(ID.member, 'member', 'me', {}));
    if (!me.bound) throw new Error('demo-member is not bound');
    await page.getByTestId('rank-self').getByText(me.member.name).waitFor();
    const names = await page.locator('.rank-row__name').allTextContents();
    expect(names.some((name) => /^党员[A-Z]\d{2}$/.test(name))).toBe(true);
    await page.close();
  });

  it('opens an admin on the branches of their organisation by points per member', async () => {
    const page = await openAs(browser, t.url, ID.admin, '/packages/points/branch/index');
    const ranking = page.getByTestId('branch-ranking');
    await ranking.getByText('综合办公室党支部').waitFor();
    await ranking.getByText('第一采区党支部').waitFor();
    await page.getByText('年度积分导出（民主评议）').waitFor();
    await page.close();
  });
});
