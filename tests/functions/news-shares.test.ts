import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { ArticleListItem, MyShareItem } from '../../typings/functions/news';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { sdkFor } from '../support/sdk';

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
});
afterAll(() => t.close());

/** Every published article of a member's feed, in feed order. */
async function feedOf(openid: string): Promise<ArticleListItem[]> {
  const all: ArticleListItem[] = [];
  let cursor: string | undefined;
  do {
    const page = ok(await t.call(openid, 'news', 'list', { cursor }));
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** Every page of a member's 我的分享, and how many pages it took. */
async function mySharesOf(openid: string): Promise<{ items: MyShareItem[]; pages: number }> {
  const items: MyShareItem[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = ok(await t.call(openid, 'news', 'myShares', { cursor }));
    items.push(...page.items);
    pages += 1;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { items, pages };
}

const enterpriseWide = async (openid: string) =>
  (await feedOf(openid)).filter((a) => a.scopeName === '华北能源集团有限公司党委');

const shareOf = async (openid: string, articleId: string) =>
  ok(await t.call(openid, 'news', 'share', { id: articleId })).token;

async function nameOf(openid: string): Promise<string> {
  const me = ok(await t.call(openid, 'member', 'me', {}));
  if (!me.bound) throw new Error(`${openid} 没有绑定党员身份`);
  return me.member.name;
}

const setNickname = (openid: string, nickname: string | null) =>
  db.collection('members').where({ openid }).update({ data: { nickname } });

describe('转发到群 and 我的分享', () => {
  it('counts each colleague who opens the link once, not the sharer, not a visitor, not a second open', async () => {
    const [article] = await enterpriseWide(ID.member);
    const token = await shareOf(ID.member, article._id);

    // The sharer's own open, two colleagues (one opens twice) and a WeChat user off the roster.
    for (const openid of [ID.member, ID.secretary, ID.member2, ID.member2, ID.visitor]) {
      ok(await t.call(openid, 'news', 'get', { id: article._id, share: token }));
    }
    // Forwarding it again is the same share, with the same link.
    expect(await shareOf(ID.member, article._id)).toBe(token);

    const { items } = await mySharesOf(ID.member);
    expect(items.filter((s) => s.articleId === article._id)).toEqual([
      { articleId: article._id, title: article.title, sharedAt: expect.any(String), opens: 2 },
    ]);
    // The count is kept on the share, not recounted from the opens.
    const stored = (await db.collection('news_share_links').where({ token }).get()) as unknown as {
      data: { opens: number }[];
    };
    expect(stored.data.map((s) => s.opens)).toEqual([2]);
  });

  it('tells a colleague who shared it by nickname, else by name, and the sharer nothing', async () => {
    const [, article] = await enterpriseWide(ID.secretary);
    const token = await shareOf(ID.secretary, article._id);
    const name = await nameOf(ID.secretary);

    await setNickname(ID.secretary, null);
    const byName = ok(await t.call(ID.member, 'news', 'get', { id: article._id, share: token }));
    expect(byName.sharedBy).toBe(name);

    await setNickname(ID.secretary, '红星');
    const byNickname = ok(
      await t.call(ID.member, 'news', 'get', { id: article._id, share: token }),
    );
    expect(byNickname.sharedBy).toBe('红星');

    const own = ok(await t.call(ID.secretary, 'news', 'get', { id: article._id, share: token }));
    expect(own.sharedBy).toBeNull();
    await setNickname(ID.secretary, null);
  });

  it('never gives a visitor or a caller without identity the sharer’s openid, member id or name', async () => {
    const [, , article] = await enterpriseWide(ID.member);
    const token = await shareOf(ID.member, article._id);
    const sharerId = await t.memberId(ID.member);
    const name = await nameOf(ID.member);
    await setNickname(ID.member, null);

    for (const openid of [ID.visitor, null]) {
      const reply = await t.post(
        'news',
        { action: 'get', data: { id: article._id, share: token } },
        openid,
      );
      const text = JSON.stringify(reply.body);
      expect(reply.body.ok).toBe(true);
      expect(text).not.toContain(ID.member);
      expect(text).not.toContain(sharerId);
      // A roster name is for colleagues: someone off the roster sees none.
      expect(text).not.toContain(name);
      expect((reply.body as { data: { sharedBy: string | null } }).data.sharedBy).toBeNull();
    }
    // Neither does the link itself.
    expect(token).not.toContain(sharerId);
    expect(token).not.toContain(ID.member);
  });

  it('names no one for a token of another article, and refuses a malformed one by its field', async () => {
    const [first, second] = await enterpriseWide(ID.member2);
    const token = await shareOf(ID.member2, first._id);
    const elsewhere = ok(await t.call(ID.member, 'news', 'get', { id: second._id, share: token }));
    expect(elsewhere.sharedBy).toBeNull();
    expect(await t.call(ID.member, 'news', 'get', { id: first._id, share: 'member-1' })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'share' }),
    });
  });

  it('shares only a published article the caller may open', async () => {
    const office = (await feedOf(ID.member)).find((a) => a.scopeName === '综合办公室党支部')!;
    expect(code(await t.call(ID.member2, 'news', 'share', { id: office._id }))).toBe('FORBIDDEN');
    expect(code(await t.call(ID.visitor, 'news', 'share', { id: office._id }))).toBe(
      'UNAUTHENTICATED',
    );
    const draft = ok(
      await t.call(ID.secretary, 'news', 'save', {
        title: '未发布的稿件',
        cover: null,
        summary: '',
        body: '<p>正文</p>',
        source: '',
        author: '',
        columnId: 'col-news',
        scopeId: 'org-b-office',
        pinned: false,
      }),
    );
    expect(code(await t.call(ID.secretary, 'news', 'share', { id: draft._id }))).toBe('NOT_FOUND');
    expect(code(await t.call(ID.member, 'news', 'share', { id: 'no-such-article' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('pages 我的分享 newest first, one indexed read a page', async () => {
    const feed = await feedOf(ID.admin);
    expect(feed.length).toBeGreaterThan(20);
    for (const article of feed.slice(0, 21)) {
      await shareOf(ID.admin, article._id);
      t.cloud.clock.advance(1_000);
    }
    const { items, pages } = await mySharesOf(ID.admin);
    expect(pages).toBe(2);
    expect(items.map((s) => s.articleId)).toEqual(
      feed
        .slice(0, 21)
        .map((a) => a._id)
        .reverse(),
    );
    const first = await t.post('news', { action: 'myShares', data: {} }, ID.admin);
    expect(first.dbOps).toBeLessThanOrEqual(2);
    expect(code(await t.call(ID.visitor, 'news', 'myShares', {}))).toBe('UNAUTHENTICATED');
  });

  it('lists a share under the title its article was published again with', async () => {
    const form = {
      title: '支部书记讲党课',
      cover: null,
      summary: '书记讲专题党课。',
      body: '<p>书记以“学思想、强党性”为题讲专题党课。</p>',
      source: '综合办公室党支部',
      author: '支部书记',
      columnId: 'col-news',
      scopeId: 'org-b-office',
      pinned: false,
    };
    const article = ok(await t.call(ID.secretary, 'news', 'save', form));
    ok(await t.call(ID.secretary, 'news', 'submit', { id: article._id }));
    ok(await t.call(ID.admin, 'news', 'review', { id: article._id, approve: true }));
    await shareOf(ID.member, article._id);

    ok(await t.call(ID.secretary, 'news', 'withdraw', { id: article._id }));
    const retitled = { ...form, title: '支部书记讲专题党课：学思想、强党性' };
    ok(await t.call(ID.secretary, 'news', 'save', { ...retitled, id: article._id }));
    ok(await t.call(ID.secretary, 'news', 'submit', { id: article._id }));
    ok(await t.call(ID.admin, 'news', 'review', { id: article._id, approve: true }));
    const { items } = await mySharesOf(ID.member);
    expect(items.find((s) => s.articleId === article._id)?.title).toBe(retitled.title);
  });
});
