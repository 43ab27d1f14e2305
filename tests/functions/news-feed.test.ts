import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { ArticleListItem } from '../../typings/functions/news';
import { sdkFor } from '../support/sdk';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;

/** Every page of a member's feed, in order. */
async function wholeFeed(openid: string, column?: string): Promise<ArticleListItem[]> {
  const all: ArticleListItem[] = [];
  let cursor: string | undefined;
  do {
    const page = ok(await t.call(openid, 'news', 'list', { column, cursor }));
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

const scopeOf = async (id: string) =>
  ((await db.collection('news_articles').doc(id).get()) as unknown as { data: { scopeId: string } })
    .data.scopeId;

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
});
afterAll(() => t.close());

describe('the feed (news.list)', () => {
  it('shows a member what is scoped to their branch and its ancestors, pinned first then newest', async () => {
    const feed = await wholeFeed(ID.member);
    const scopes = new Set(await Promise.all(feed.map((a) => scopeOf(a._id))));
    expect([...scopes].sort()).toEqual(['org-b-office', 'org-root', 'org-zz-hq']);
    const pinned = feed.filter((a) => a.pinned).length;
    expect(pinned).toBeGreaterThan(0);
    expect(feed.slice(0, pinned).every((a) => a.pinned)).toBe(true);
    const rest = feed.slice(pinned).map((a) => a.publishedAt);
    expect(rest).toEqual([...rest].sort().reverse());
    expect(new Set(feed.map((a) => a._id)).size).toBe(feed.length);
  });

  it('does not show a member of 第一采区 the articles of 综合办公室 or 机关党总支', async () => {
    const feed = await wholeFeed(ID.member2);
    const scopes = new Set(await Promise.all(feed.map((a) => scopeOf(a._id))));
    expect([...scopes].sort()).toEqual(['org-b-mine1', 'org-root', 'org-zz-prod']);
  });

  it('filters by column tab and ends with a null cursor', async () => {
    const feed = await wholeFeed(ID.member, '廉政教育');
    expect(feed.length).toBeGreaterThan(0);
    expect(feed.every((a) => a.column === '廉政教育')).toBe(true);
    const last = ok(await t.call(ID.member, 'news', 'list', { column: '廉政教育' }));
    expect(last.nextCursor).toBeNull();
  });

  it('costs at most 3 database operations per page', async () => {
    const first = await t.post('news', { action: 'list', data: {} }, ID.member);
    expect(first.body.ok).toBe(true);
    expect(first.dbOps).toBeLessThanOrEqual(3);
    const cursor = (first.body as { data: { nextCursor: string } }).data.nextCursor;
    const second = await t.post('news', { action: 'list', data: { cursor } }, ID.member);
    expect(second.dbOps).toBeLessThanOrEqual(3);
  });

  it('asks an unbound visitor to bind and refuses a forged cursor', async () => {
    expect(code(await t.call(ID.visitor, 'news', 'list', {}))).toBe('UNAUTHENTICATED');
    expect(code(await t.call(ID.member, 'news', 'list', { cursor: '!!!' }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('opening an article (news.get)', () => {
  it('refuses a member an article of another branch, and an unbound visitor a non-public one', async () => {
    const office = (await wholeFeed(ID.member)).find((a) => a.scopeName === '综合办公室党支部')!;
    expect(code(await t.call(ID.member2, 'news', 'get', { id: office._id }))).toBe('FORBIDDEN');
    expect(code(await t.call(ID.visitor, 'news', 'get', { id: office._id }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(code(await t.call(ID.member, 'news', 'get', { id: 'no-such-article' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('counts a member’s read once however often they open it, in at most 4 operations', async () => {
    const [article] = await wholeFeed(ID.member);
    const first = await t.post('news', { action: 'get', data: { id: article._id } }, ID.member);
    const opened = (
      first.body as { ok: true; data: { readCount: number; firstRead: boolean; body: string } }
    ).data;
    expect(first.dbOps).toBeLessThanOrEqual(4);
    expect(opened.firstRead).toBe(true);
    expect(opened.readCount).toBe(article.readCount + 1);
    expect(opened.body).toContain('<p>');

    const again = ok(await t.call(ID.member, 'news', 'get', { id: article._id }));
    expect(again.firstRead).toBe(false);
    expect(again.readCount).toBe(article.readCount + 1);
    const history = ok(await t.call(ID.member, 'news', 'history', {}));
    expect(history.items.filter((h) => h.articleId === article._id)).toHaveLength(1);
  });

  it('lets someone without a member session read an enterprise-wide article, unrecorded', async () => {
    const publicOne = (await wholeFeed(ID.member)).find(
      (a) => a.scopeName === '华北能源集团有限公司党委',
    )!;
    const read = ok(await t.call(ID.visitor, 'news', 'get', { id: publicOne._id }));
    expect(read.firstRead).toBe(false);
    expect(read.readCount).toBe(publicOne.readCount);
    expect(read.enterpriseWide).toBe(true);
  });

  it('opens an enterprise-wide article to a caller WeChat does not identify (moments single-page mode), and nothing else', async () => {
    const feed = await wholeFeed(ID.member);
    const publicOne = feed.find((a) => a.scopeName === '华北能源集团有限公司党委')!;
    const branchOne = feed.find((a) => a.scopeName === '综合办公室党支部')!;
    const { token } = ok(await t.call(ID.member, 'news', 'share', { id: publicOne._id }));
    const read = ok(await t.call(null, 'news', 'get', { id: publicOne._id, share: token }));
    expect(read).toMatchObject({
      enterpriseWide: true,
      firstRead: false,
      readCount: publicOne.readCount,
    });
    expect(read.shareOpenCount).toBe(
      ok(await t.call(ID.member, 'news', 'get', { id: publicOne._id })).shareOpenCount,
    );
    expect(await t.call(null, 'news', 'get', { id: branchOne._id })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    });
    expect(await t.call(null, 'news', 'list', {})).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    });
  });
});

describe('share attribution (news.get with a share token)', () => {
  it('credits a sharer once per opener and article, never for opening their own link', async () => {
    const sharer = await t.memberId(ID.member);
    const article = (await wholeFeed(ID.member2)).find(
      (a) => a.scopeName === '华北能源集团有限公司党委',
    )!;
    const before = ok(await t.call(ID.member, 'news', 'get', { id: article._id })).shareOpenCount;
    const { token: share } = ok(await t.call(ID.member, 'news', 'share', { id: article._id }));

    ok(await t.call(ID.member, 'news', 'get', { id: article._id, share }));
    const first = ok(await t.call(ID.member2, 'news', 'get', { id: article._id, share }));
    ok(await t.call(ID.member2, 'news', 'get', { id: article._id, share }));
    ok(await t.call(ID.visitor, 'news', 'get', { id: article._id, share }));
    ok(await t.call(ID.visitor, 'news', 'get', { id: article._id, share: 'A'.repeat(22) }));
    const after = ok(await t.call(ID.member, 'news', 'get', { id: article._id }));

    expect(first.shareOpenCount).toBe(before + 1);
    // member-2 once and the visitor once; the sharer's own open and a made-up token count nothing.
    expect(after.shareOpenCount).toBe(before + 2);
    const { data } = (await db
      .collection('news_shares')
      .where({ sharerId: sharer, articleId: article._id })
      .get()) as unknown as { data: { openerKey: string }[] };
    const member2 = await t.memberId(ID.member2);
    expect(data.map((s) => s.openerKey).sort()).toEqual([member2, `wx:${ID.visitor}`].sort());
    // The sharer's points: for the member who opened, not for a WeChat user off the roster.
    const { data: awards } = (await db
      .collection('point_ledger')
      .where({ memberId: sharer, rule: 'share_opened' })
      .get()) as unknown as { data: { sourceId: string }[] };
    const forArticle = awards.filter((a) => a.sourceId.startsWith(`${article._id}:`));
    expect(forArticle.map((a) => a.sourceId)).toEqual([`${article._id}:${member2}`]);
  });

  it('finishes the award of an open whose first attempt died after recording it', async () => {
    const sharer = await t.memberId(ID.member);
    const member2 = await t.memberId(ID.member2);
    // The oldest enterprise-wide article: no other test here opens it.
    const other = (await wholeFeed(ID.member2))
      .filter((a) => a.scopeName === '华北能源集团有限公司党委')
      .at(-1)!;
    // As an attempt leaves it that recorded the open and died before the award.
    await db.collection('news_shares').add({
      data: {
        _id: `${sharer}:${member2}:${other._id}`,
        sharerId: sharer,
        openerKey: member2,
        articleId: other._id,
        openedAt: new Date(),
      },
    });
    const ledger = async () =>
      (
        (await db
          .collection('point_ledger')
          .where({ memberId: sharer, rule: 'share_opened', sourceId: `${other._id}:${member2}` })
          .get()) as unknown as { data: { points: number }[] }
      ).data;
    expect(await ledger()).toEqual([]);

    const { token: share } = ok(await t.call(ID.member, 'news', 'share', { id: other._id }));
    ok(await t.call(ID.member2, 'news', 'get', { id: other._id, share }));
    ok(await t.call(ID.member2, 'news', 'get', { id: other._id, share }));

    expect((await ledger()).map((e) => e.points)).toEqual([1]);
  });
});

describe('reading time (news.heartbeat)', () => {
  it('never credits more than the time since the article was opened', async () => {
    const article = (await wholeFeed(ID.member2))[1];
    expect(
      code(await t.call(ID.member2, 'news', 'heartbeat', { id: article._id, seconds: 15 })),
    ).toBe('NOT_FOUND');
    ok(await t.call(ID.member2, 'news', 'get', { id: article._id }));
    const beat = ok(
      await t.call(ID.member2, 'news', 'heartbeat', { id: article._id, seconds: 60 }),
    );
    expect(beat.seconds).toBeLessThan(5);
    expect(beat.qualified).toBe(false);
  });

  it('qualifies a read after 30 seconds of real reading, capped at 600', async () => {
    const member = await t.memberId(ID.member2);
    const article = (await wholeFeed(ID.member2))[2];
    ok(await t.call(ID.member2, 'news', 'get', { id: article._id }));
    // The member opened it 20 minutes ago.
    await db
      .collection('news_reads')
      .doc(`${member}:${article._id}`)
      .update({ data: { openedAt: new Date(Date.now() - 20 * 60_000) } });
    let beat = ok(await t.call(ID.member2, 'news', 'heartbeat', { id: article._id, seconds: 20 }));
    expect(beat).toEqual({ seconds: 20, qualified: false });
    beat = ok(await t.call(ID.member2, 'news', 'heartbeat', { id: article._id, seconds: 20 }));
    expect(beat).toEqual({ seconds: 40, qualified: true });
    const award = (await db
      .collection('point_ledger')
      .where({ _id: `read_article:${member}:${article._id}` })
      .get()) as unknown as { data: { points: number }[] };
    expect(award.data).toHaveLength(1);
    for (let i = 0; i < 6; i++)
      beat = ok(await t.call(ID.member2, 'news', 'heartbeat', { id: article._id, seconds: 120 }));
    expect(beat.seconds).toBe(600);
  });
});
