import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { ArticleListItem, NewsActions } from '../../typings/functions/news';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { sdkFor } from '../support/sdk';

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
/** The 宣传委员 of 综合办公室党支部, bound for these tests. */
const PROPAGANDA = 'test-propaganda';

const draft = (over: Partial<NewsActions['save']['req']> = {}): NewsActions['save']['req'] => ({
  title: '支部开展志愿服务活动',
  cover: null,
  summary: '支部党员走进社区开展志愿服务。',
  body: '<p>支部党员走进社区，开展志愿服务。</p>',
  source: '综合办公室党支部',
  author: '支部宣传委员',
  columnId: 'col-news',
  scopeId: 'org-b-office',
  pinned: false,
  ...over,
});

const count = async (collection: string, where: Record<string, unknown> = {}) =>
  ((await db.collection(collection).where(where).count()) as unknown as { total: number }).total;

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
  await db
    .collection('members')
    .where({ orgId: 'org-b-office', 'roles.title': '宣传委员' })
    .update({ data: { openid: PROPAGANDA } });
});
afterAll(() => t.close());

describe('share points go only to a bound member who could read the article', () => {
  let article: ArticleListItem;
  let opener: string;

  beforeAll(async () => {
    const feed = ok(await t.call(ID.member, 'news', 'list', {})).items;
    article = feed.find((a) => a.scopeName === '综合办公室党支部')!;
    opener = await t.memberId(ID.member);
  });

  const sharesOf = (sharerId: string) => count('news_shares', { sharerId, articleId: article._id });
  /** The sharer's points for demo-member opening this article. */
  const awardsOf = (memberId: string) =>
    count('point_ledger', {
      memberId,
      rule: 'share_opened',
      sourceId: `${article._id}:${opener}`,
    });

  it('issues no share to a member of another branch, who cannot read a branch article', async () => {
    const outsider = await t.memberId(ID.member2);
    expect(code(await t.call(ID.member2, 'news', 'get', { id: article._id }))).toBe('FORBIDDEN');
    expect(code(await t.call(ID.member2, 'news', 'share', { id: article._id }))).toBe('FORBIDDEN');
    expect([await sharesOf(outsider), await awardsOf(outsider)]).toEqual([0, 0]);
  });

  it('credits nothing for a sharer no WeChat user is bound to any more', async () => {
    const sharer = await t.memberId(PROPAGANDA);
    const { token: share } = ok(await t.call(PROPAGANDA, 'news', 'share', { id: article._id }));
    await db
      .collection('members')
      .doc(sharer)
      .update({ data: { openid: null } });
    try {
      const opened = ok(await t.call(ID.member, 'news', 'get', { id: article._id, share }));
      expect(opened.sharedBy).toBeNull();
      expect([await sharesOf(sharer), await awardsOf(sharer)]).toEqual([0, 0]);
    } finally {
      await db
        .collection('members')
        .doc(sharer)
        .update({ data: { openid: PROPAGANDA } });
    }
  });

  it('credits a bound member of the branch', async () => {
    const sharer = await t.memberId(ID.secretary);
    const { token: share } = ok(await t.call(ID.secretary, 'news', 'share', { id: article._id }));
    ok(await t.call(ID.member, 'news', 'get', { id: article._id, share }));
    expect([await sharesOf(sharer), await awardsOf(sharer)]).toEqual([1, 1]);
  });
});

describe('only reviewers pin (news.save cannot)', () => {
  it('refuses an editor who saves their article pinned, and stores nothing', async () => {
    const before = await count('news_articles');
    expect(await t.call(PROPAGANDA, 'news', 'save', draft({ pinned: true }))).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有本组织书记或上级管理员可以置顶文章' },
    });
    expect(await count('news_articles')).toBe(before);
  });

  it('refuses an editor who pins their draft on a later save, and keeps it unpinned', async () => {
    const saved = ok(await t.call(PROPAGANDA, 'news', 'save', draft()));
    expect(
      code(await t.call(PROPAGANDA, 'news', 'save', { ...draft({ pinned: true }), id: saved._id })),
    ).toBe('FORBIDDEN');
    ok(await t.call(PROPAGANDA, 'news', 'submit', { id: saved._id }));
    const published = ok(
      await t.call(ID.secretary, 'news', 'review', { id: saved._id, approve: true }),
    );
    expect(published.pinned).toBe(false);
  });

  it('lets the branch secretary, a reviewer, pin when saving', async () => {
    const saved = ok(await t.call(ID.secretary, 'news', 'save', draft({ pinned: true })));
    expect(saved.pinned).toBe(true);
  });
});

describe('an unpublished article is answered as a missing one', () => {
  it.each([
    ['a caller WeChat does not identify', null],
    ['an unbound visitor', ID.visitor],
    ['a member of the branch', ID.member],
  ])('%s cannot tell a draft from no article', async (_who, openid) => {
    const saved = ok(await t.call(PROPAGANDA, 'news', 'save', draft()));
    const draftReply = await t.call(openid, 'news', 'get', { id: saved._id });
    const missingReply = await t.call(openid, 'news', 'get', { id: 'no-such-article' });
    expect(draftReply).toEqual(missingReply);
    expect(code(draftReply)).toBe('NOT_FOUND');
  });

  it('still shows the draft to its editor', async () => {
    const saved = ok(await t.call(PROPAGANDA, 'news', 'save', draft()));
    expect(ok(await t.call(PROPAGANDA, 'news', 'get', { id: saved._id })).status).toBe('draft');
  });
});
