import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { ArticleDraft, NewsActions } from '../../typings/functions/news';
import { sdkFor } from '../support/sdk';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { uploadAs } from '../support/upload';

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
/** The 宣传委员 of 综合办公室党支部, bound for these tests. */
const PROPAGANDA = 'test-propaganda';

const draft = (over: Partial<NewsActions['save']['req']> = {}): NewsActions['save']['req'] => ({
  title: '综合办公室党支部开展主题党日活动',
  cover: null,
  summary: '支部全体党员重温入党誓词。',
  body: '<p>支部全体党员来到革命纪念馆，重温入党誓词。</p>',
  source: '综合办公室党支部',
  author: '支部宣传委员',
  columnId: 'col-news',
  scopeId: 'org-b-office',
  pinned: false,
  ...over,
});

const articleCount = async () =>
  ((await db.collection('news_articles').count()) as unknown as { total: number }).total;

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
  await db
    .collection('members')
    .where({ orgId: 'org-b-office', 'roles.title': '宣传委员' })
    .update({ data: { openid: PROPAGANDA } });
});
afterAll(() => t.close());

describe('who may write (news.save)', () => {
  it.each([
    ['the branch’s 宣传委员, for the branch', PROPAGANDA, {}, 'OK'],
    ['the branch secretary, for the branch', ID.secretary, {}, 'OK'],
    ['the 党委 admin, enterprise-wide', ID.admin, { scopeId: 'org-root' }, 'OK'],
    ['the 宣传委员, for the whole 党委', PROPAGANDA, { scopeId: 'org-root' }, 'FORBIDDEN'],
    [
      'the 宣传委员, in 党务公开 (secretaries only)',
      PROPAGANDA,
      { columnId: 'col-open' },
      'FORBIDDEN',
    ],
    ['the secretary, for another branch', ID.secretary, { scopeId: 'org-b-mine1' }, 'FORBIDDEN'],
    ['the admin of another 总支', ID.prodAdmin, {}, 'FORBIDDEN'],
    ['an ordinary member', ID.member, {}, 'FORBIDDEN'],
    ['an unbound visitor', ID.visitor, {}, 'UNAUTHENTICATED'],
  ])('%s → %s', async (_who, openid, over, expected) => {
    expect(code(await t.call(openid, 'news', 'save', draft(over)))).toBe(expected);
  });

  it('stores the body sanitised: no script, no handlers, media only from cloud storage or https', async () => {
    const saved = ok(
      await t.call(
        PROPAGANDA,
        'news',
        'save',
        draft({
          body:
            '<h3 onclick="x()">小标题</h3><script>alert(1)</script><p style="color:red">正文</p>' +
            '<img src="javascript:alert(1)"><img src="https://img.example.com/a.jpg" onerror="x()">' +
            '<video src="http://insecure/v.mp4"></video><a href="https://x.com">链接</a>',
        }),
      ),
    );
    const { data } = (await db.collection('news_articles').doc(saved._id).get()) as unknown as {
      data: { body: string };
    };
    expect(data.body).toBe(
      '<h3>小标题</h3><p>正文</p><img><img src="https://img.example.com/a.jpg"><video></video>链接',
    );
  });
});

describe('the workflow: draft → submitted → published, returned with a comment', () => {
  let article: ArticleDraft;

  it('keeps a draft away from readers', async () => {
    article = ok(await t.call(PROPAGANDA, 'news', 'save', draft({ title: '支部“三会一课”纪实' })));
    expect(article.status).toBe('draft');
    expect(code(await t.call(ID.member, 'news', 'get', { id: article._id }))).toBe('NOT_FOUND');
  });

  it('lets only a reviewer of the scope publish', async () => {
    article = ok(await t.call(PROPAGANDA, 'news', 'submit', { id: article._id }));
    expect(article.status).toBe('submitted');
    expect(
      code(await t.call(PROPAGANDA, 'news', 'review', { id: article._id, approve: true })),
    ).toBe('FORBIDDEN');
    expect(
      code(await t.call(ID.prodAdmin, 'news', 'review', { id: article._id, approve: true })),
    ).toBe('FORBIDDEN');
    expect(
      code(await t.call(ID.member, 'news', 'review', { id: article._id, approve: true })),
    ).toBe('FORBIDDEN');
    const queue = ok(
      await t.call(ID.secretary, 'news', 'queue', { orgId: 'org-b-office', status: 'submitted' }),
    );
    expect(queue.items.map((a) => a._id)).toContain(article._id);
  });

  it('returns with a comment, and the author edits and resubmits', async () => {
    expect(
      code(await t.call(ID.secretary, 'news', 'review', { id: article._id, approve: false })),
    ).toBe('INVALID_ARGUMENT');
    article = ok(
      await t.call(ID.secretary, 'news', 'review', {
        id: article._id,
        approve: false,
        comment: '请补充活动照片',
      }),
    );
    expect(article).toMatchObject({ status: 'returned', reviewComment: '请补充活动照片' });
    // The author's re-edit page opens the article: the reason is there for them.
    expect(ok(await t.call(PROPAGANDA, 'news', 'get', { id: article._id }))).toMatchObject({
      status: 'returned',
      reviewComment: '请补充活动照片',
    });
    expect(code(await t.call(ID.member, 'news', 'save', { ...draft(), id: article._id }))).toBe(
      'FORBIDDEN',
    );
    article = ok(
      await t.call(PROPAGANDA, 'news', 'save', {
        ...draft({
          title: '支部“三会一课”纪实',
          body: '<p>正文</p><img src="https://img.example.com/photo.jpg">',
        }),
        id: article._id,
      }),
    );
    article = ok(await t.call(PROPAGANDA, 'news', 'submit', { id: article._id }));
    expect(article.status).toBe('submitted');
  });

  it('publishes to the feed of the branch only, newest first among the unpinned', async () => {
    article = ok(await t.call(ID.secretary, 'news', 'review', { id: article._id, approve: true }));
    expect(article.status).toBe('published');
    expect(
      code(await t.call(ID.secretary, 'news', 'review', { id: article._id, approve: true })),
    ).toBe('CONFLICT');
    const feed = ok(await t.call(ID.member, 'news', 'list', {}));
    expect(feed.items.find((a) => !a.pinned)?._id).toBe(article._id);
    const other = ok(await t.call(ID.member2, 'news', 'list', {}));
    expect(other.items.map((a) => a._id)).not.toContain(article._id);
  });

  it('puts a pinned article on top of the feed', async () => {
    ok(await t.call(ID.secretary, 'news', 'pin', { id: article._id, pinned: true }));
    const feed = ok(await t.call(ID.member, 'news', 'list', { column: '党建要闻' }));
    expect(feed.items[0]).toMatchObject({ _id: article._id, pinned: true });
  });

  it('shows the secretary who in the branch has read it', async () => {
    ok(await t.call(ID.member, 'news', 'get', { id: article._id }));
    const readers = ok(
      await t.call(ID.secretary, 'news', 'readers', { id: article._id, orgId: 'org-b-office' }),
    );
    expect(readers.read.map((r) => r.name)).toHaveLength(1);
    expect(readers.read.length + readers.unread.length).toBe(14);
    expect(
      code(await t.call(ID.member, 'news', 'readers', { id: article._id, orgId: 'org-b-office' })),
    ).toBe('FORBIDDEN');
  });

  it('takes a withdrawn article off the feed', async () => {
    ok(await t.call(ID.secretary, 'news', 'withdraw', { id: article._id }));
    const feed = ok(await t.call(ID.member, 'news', 'list', {}));
    expect(feed.items.map((a) => a._id)).not.toContain(article._id);
    expect(code(await t.call(ID.member, 'news', 'get', { id: article._id }))).toBe('NOT_FOUND');
  });
});

describe('the one who submits does not approve', () => {
  it('refuses the secretary publishing what they wrote and submitted, and offers them no approval', async () => {
    const own = ok(
      await t.call(ID.secretary, 'news', 'save', draft({ title: '书记自己写的稿件' })),
    );
    ok(await t.call(ID.secretary, 'news', 'submit', { id: own._id }));
    const queued = ok(
      await t.call(ID.secretary, 'news', 'queue', { orgId: 'org-b-office', status: 'submitted' }),
    );
    expect(queued.items.find((d) => d._id === own._id)).toMatchObject({ canApprove: false });
    expect(await t.call(ID.secretary, 'news', 'review', { id: own._id, approve: true })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'FORBIDDEN',
        message: '自己提交的文章不能自己审核发布，请由其他审核人或上级党组织审核',
      }),
    });
    // The committee above publishes it.
    const admins = ok(
      await t.call(ID.admin, 'news', 'queue', { orgId: 'org-b-office', status: 'submitted' }),
    );
    expect(admins.items.find((d) => d._id === own._id)).toMatchObject({ canApprove: true });
    expect(
      ok(await t.call(ID.admin, 'news', 'review', { id: own._id, approve: true })).status,
    ).toBe('published');
  });

  it('refuses a reviewer who submitted another’s draft', async () => {
    const theirs = ok(await t.call(PROPAGANDA, 'news', 'save', draft({ title: '宣传委员的稿件' })));
    ok(await t.call(ID.secretary, 'news', 'submit', { id: theirs._id }));
    expect(
      code(await t.call(ID.secretary, 'news', 'review', { id: theirs._id, approve: true })),
    ).toBe('FORBIDDEN');
    // Returning it for changes is still theirs to do.
    ok(
      await t.call(ID.secretary, 'news', 'review', {
        id: theirs._id,
        approve: false,
        comment: '请补充照片',
      }),
    );
  });
});

describe('content security', () => {
  it('refuses risky text and stores nothing', async () => {
    const before = await articleCount();
    const reply = await t.call(
      PROPAGANDA,
      'news',
      'save',
      draft({ body: '<p>含有 __RISKY__ 的内容</p>' }),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED' } });
    expect(await articleCount()).toBe(before);
  });

  it('sends text held for review to an admin before any reviewer may publish it', async () => {
    const held = ok(
      await t.call(PROPAGANDA, 'news', 'save', draft({ summary: '待复核 __REVIEW__' })),
    );
    expect(ok(await t.call(PROPAGANDA, 'news', 'submit', { id: held._id })).status).toBe(
      'reviewing',
    );
    expect(
      code(await t.call(ID.secretary, 'news', 'review', { id: held._id, approve: true })),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await t.call(ID.secretary, 'news', 'queue', { orgId: 'org-b-office', status: 'reviewing' }),
      ),
    ).toBe('FORBIDDEN');
    const queue = ok(
      await t.call(ID.admin, 'news', 'queue', { orgId: 'org-root', status: 'reviewing' }),
    );
    expect(queue.items.map((a) => a._id)).toEqual([held._id]);
    expect(
      ok(await t.call(ID.admin, 'news', 'review', { id: held._id, approve: true })).status,
    ).toBe('submitted');
    expect(
      ok(await t.call(ID.secretary, 'news', 'review', { id: held._id, approve: true })).status,
    ).toBe('published');
  });
});

describe('columns per organisation (news.columns, news.saveColumn)', () => {
  it('offers the root’s default columns to everyone', async () => {
    const { items } = ok(await t.call(ID.member2, 'news', 'columns', {}));
    expect(items.map((c) => c.name)).toEqual([
      '党建要闻',
      '党务公开',
      '廉政教育',
      '先锋风采',
      '组织公告',
    ]);
  });

  it('lets a secretary add a column for their branch, seen there only', async () => {
    const column = {
      orgId: 'org-b-office',
      name: '支部动态',
      order: 10,
      publishers: ['propaganda', 'secretary'] as const,
    };
    expect(
      code(
        await t.call(PROPAGANDA, 'news', 'saveColumn', { ...column, publishers: ['propaganda'] }),
      ),
    ).toBe('FORBIDDEN');
    const saved = ok(
      await t.call(ID.secretary, 'news', 'saveColumn', {
        ...column,
        publishers: [...column.publishers],
      }),
    );
    expect(ok(await t.call(ID.member, 'news', 'columns', {})).items.map((c) => c.name)).toContain(
      '支部动态',
    );
    expect(
      ok(await t.call(ID.member2, 'news', 'columns', {})).items.map((c) => c.name),
    ).not.toContain('支部动态');
    expect(code(await t.call(PROPAGANDA, 'news', 'save', draft({ columnId: saved._id })))).toBe(
      'OK',
    );
    expect(
      code(
        await t.call(
          ID.secretary,
          'news',
          'save',
          draft({ columnId: saved._id, scopeId: 'org-b-finance' }),
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('an editor’s own articles (news.mine)', () => {
  it('lists every status, most recently edited first, page by page', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = ok(await t.call(PROPAGANDA, 'news', 'mine', { cursor }));
      seen.push(...page.items.map((a) => a.updatedAt));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(code(await t.call(PROPAGANDA, 'news', 'mine', { cursor: 'bm90LWEtdGltZQ' }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('cloud files in a published article', () => {
  it('gives readers links for the cover and images, and editors the stored file ids', async () => {
    const { cloudPath } = ok(await t.call(ID.secretary, 'news', 'uploadTicket', { ext: 'png' }));
    const fileID = await uploadAs(t.url, ID.secretary, cloudPath, 'png bytes');
    const saved = ok(
      await t.call(
        ID.secretary,
        'news',
        'save',
        draft({ cover: fileID, body: `<p>升旗仪式</p><p><img src="${fileID}"></p>` }),
      ),
    );
    ok(await t.call(ID.secretary, 'news', 'submit', { id: saved._id }));
    // The one who submits does not approve: the committee above publishes.
    ok(await t.call(ID.admin, 'news', 'review', { id: saved._id, approve: true }));

    const read = ok(await t.call(ID.member, 'news', 'get', { id: saved._id }));
    expect(read.body).not.toContain('cloud://');
    const link = /src="(http:\/\/127\.0\.0\.1:\d+\/files\/[^"]+)"/.exec(read.body)?.[1];
    expect(link).toBeDefined();
    expect(await (await fetch(link!.replace(/&amp;/g, '&'))).text()).toBe('png bytes');
    expect(read.cover).toMatch(/^http:\/\/127\.0\.0\.1/);
    expect(read.editableBody).toBeNull();

    const edited = ok(await t.call(ID.secretary, 'news', 'get', { id: saved._id }));
    expect(edited.editableBody).toContain(`src="${fileID}"`);
  });
});
