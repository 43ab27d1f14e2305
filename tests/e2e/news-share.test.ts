import type { Browser } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

/** The name a colleague is shown for a member: their nickname, else their name. */
async function displayNameOf(openid: string): Promise<string> {
  const me = ok(await t.call(openid, 'member', 'me', {}));
  if (!me.bound) throw new Error(`${openid} 没有绑定党员身份`);
  return me.member.nickname || me.member.name;
}

describe('转发到群 on the H5 build', () => {
  jest.setTimeout(60_000);

  it('gives the secretary a link, shows the member who shared it, and counts the open in 我的分享', async () => {
    const [article] = ok(await t.call(ID.secretary, 'news', 'list', {})).items;

    const sharer = await openAs(
      browser,
      t.url,
      ID.secretary,
      `/packages/news/article/index?id=${article._id}`,
    );
    await sharer.getByTestId('share-to-group').click();
    await sharer
      .getByTestId('share-note')
      .getByText('在微信小程序中点「转发到群」', { exact: false })
      .waitFor();
    const link = new URL((await sharer.getByTestId('share-link').textContent())!);
    expect(link.searchParams.get('id')).toBe(article._id);
    expect(link.searchParams.get('share')).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const reader = await openAs(browser, t.url, ID.member, `${link.pathname}${link.search}`);
    await reader
      .getByTestId('article-shared-by')
      .getByText(`由 ${await displayNameOf(ID.secretary)} 分享`)
      .waitFor();
    await reader.close();

    await sharer.goto(`${t.url}/pages/me/index`);
    await sharer.getByTestId('me-my-shares').click();
    const row = sharer.getByTestId(`share-${article._id}`);
    await row.getByText(article.title).waitFor();
    await row.getByText('1 位同事打开', { exact: false }).waitFor();
    await sharer.close();
  });
});
