import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { ArticleListItem } from '../../typings/functions/news';
import { sdkFor } from '../support/sdk';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
/** The 宣传委员 of 综合办公室党支部, bound for these tests. */
const PROPAGANDA = 'test-propaganda';

async function whole(
  openid: string,
  action: 'subtree' | 'list',
  orgId?: string,
): Promise<ArticleListItem[]> {
  const all: ArticleListItem[] = [];
  let cursor: string | undefined;
  do {
    const page =
      action === 'subtree'
        ? ok(await t.call(openid, 'news', 'subtree', { orgId, cursor }))
        : ok(await t.call(openid, 'news', 'list', { cursor }));
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

const scopeOf = async (id: string) =>
  ((await db.collection('news_articles').doc(id).get()) as unknown as { data: { scopeId: string } })
    .data.scopeId;
const scopesOf = async (items: ArticleListItem[]) =>
  [...new Set(await Promise.all(items.map((a) => scopeOf(a._id))))].sort();

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
  await db
    .collection('members')
    .where({ orgId: 'org-b-office', 'roles.title': '宣传委员' })
    .update({ data: { openid: PROPAGANDA } });
});
afterAll(() => t.close());

describe('下级动态 (news.subtree)', () => {
  it('shows the 党委 admin what every organisation below publishes, newest first, pinned or not', async () => {
    const items = await whole(ID.admin, 'subtree');
    expect(await scopesOf(items)).toEqual(
      expect.arrayContaining(['org-b-mine1', 'org-b-office', 'org-zz-hq', 'org-zz-prod']),
    );
    // The enterprise's own articles are in its 首页 already.
    expect(await scopesOf(items)).not.toContain('org-root');
    const times = items.map((a) => a.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set(items.map((a) => a._id)).size).toBe(items.length);
  });

  it('shows an article a branch has just published, which the admin’s 首页 does not', async () => {
    const saved = ok(
      await t.call(PROPAGANDA, 'news', 'save', {
        title: '综合办公室党支部开展主题党日活动',
        cover: null,
        summary: '',
        body: '<p>重温入党誓词。</p>',
        source: '',
        author: '',
        columnId: 'col-news',
        scopeId: 'org-b-office',
        pinned: false,
      }),
    );
    ok(await t.call(PROPAGANDA, 'news', 'submit', { id: saved._id }));
    ok(await t.call(ID.secretary, 'news', 'review', { id: saved._id, approve: true }));
    const [first] = ok(await t.call(ID.admin, 'news', 'subtree', {})).items;
    expect(first).toMatchObject({ _id: saved._id, scopeName: '综合办公室党支部' });
    expect((await whole(ID.admin, 'list')).map((a) => a._id)).not.toContain(saved._id);
  });

  it('filters by an organisation: its own articles and those below it', async () => {
    expect(await scopesOf(await whole(ID.admin, 'subtree', 'org-b-mine1'))).toEqual([
      'org-b-mine1',
    ]);
    const prod = await scopesOf(await whole(ID.admin, 'subtree', 'org-zz-prod'));
    expect(prod).toContain('org-zz-prod');
    expect(
      prod.every((s) =>
        ['org-zz-prod', 'org-b-mine1', 'org-b-mine2', 'org-b-mech', 'org-b-safety'].includes(s),
      ),
    ).toBe(true);
  });

  it('keeps a 总支 admin to their subtree, without their 总支’s own articles unless asked', async () => {
    const mine = await scopesOf(await whole(ID.prodAdmin, 'subtree'));
    expect(mine).toContain('org-b-mine1');
    expect(mine).not.toContain('org-zz-prod');
    expect(mine.some((s) => ['org-b-office', 'org-zz-hq', 'org-root'].includes(s))).toBe(false);
    expect(code(await t.call(ID.prodAdmin, 'news', 'subtree', { orgId: 'org-b-office' }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.call(ID.prodAdmin, 'news', 'subtree', { orgId: 'no-such-org' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('is for admins only', async () => {
    expect(code(await t.call(ID.secretary, 'news', 'subtree', {}))).toBe('FORBIDDEN');
    expect(code(await t.call(ID.member, 'news', 'subtree', {}))).toBe('FORBIDDEN');
    expect(code(await t.call(ID.visitor, 'news', 'subtree', {}))).toBe('UNAUTHENTICATED');
  });

  it('reads a page in at most 3 database operations and refuses a forged cursor', async () => {
    const first = await t.post('news', { action: 'subtree', data: {} }, ID.admin);
    expect(first.body.ok).toBe(true);
    expect(first.dbOps).toBeLessThanOrEqual(3);
    const { nextCursor } = (first.body as { data: { nextCursor: string } }).data;
    expect(nextCursor).toEqual(expect.any(String));
    const second = await t.post(
      'news',
      { action: 'subtree', data: { cursor: nextCursor } },
      ID.admin,
    );
    expect(second.dbOps).toBeLessThanOrEqual(3);
    expect(code(await t.call(ID.admin, 'news', 'subtree', { cursor: '!!!' }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});
