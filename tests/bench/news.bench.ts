/**
 * The news feed at enterprise scale: 3,000 organisations, 100k members, 50k published articles,
 * 2M read records. `npm run bench -- news` (after `npm run build:functions`).
 * Targets: feed page and article open < 10 ms; ≤ 3 database operations per feed page, ≤ 4 per
 * article open.
 */
import type {
  ArticleDoc,
  ArticleReadDoc,
  MemberDoc,
  OrganisationDoc,
} from '../../typings/documents';
import { COLLECTIONS } from '../../cloudfunctions/_shared/collections';
import { readId } from '../../cloudfunctions/news/keys';
import { articleDoc } from '../../seed/factories';
import { seededRandom } from '../../cloudfunctions/_shared/seeded-random';
import { enterprise } from './enterprise';
import { benchCloud, callFn, gateway, report, settleAfterSeed, timed } from './support';

const ZONGZHI = 60;
const BRANCHES_PER_ZONGZHI = 49;
const MEMBERS = 100_000;
const ARTICLES = 50_000;
const READS = 2_000_000;
/** Big batches: each insert re-sorts the collection's indexes once. */
const BATCH = 1_000_000;
const COLUMNS = ['党建要闻', '党务公开', '廉政教育', '先锋风采', '组织公告'];
const DAY = 86_400_000;
const random = seededRandom(2026);

/** 10% enterprise-wide, 20% for a 总支, 70% for a branch, in any column; one every 10 minutes. */
function article(
  i: number,
  root: OrganisationDoc,
  zongzhi: OrganisationDoc[],
  branches: OrganisationDoc[],
): ArticleDoc {
  const roll = random();
  const scope =
    roll < 0.1
      ? root
      : roll < 0.3
        ? zongzhi[Math.floor(random() * zongzhi.length)]
        : branches[Math.floor(random() * branches.length)];
  const columnAt = Math.floor(random() * COLUMNS.length);
  return articleDoc({
    _id: `ba${String(i).padStart(6, '0')}`,
    title: `第${i}篇党建新闻`,
    summary: '摘要'.repeat(20),
    body: `<p>${'正文内容'.repeat(200)}</p>`,
    source: '党群工作部',
    author: '党群工作部',
    columnId: `col-${columnAt}`,
    column: COLUMNS[columnAt],
    scope,
    pinned: i % 5000 === 0,
    publishedAt: new Date(Date.now() - (ARTICLES - i) * 600_000),
    editorId: 'bm000000',
    editorName: '党员0',
    readCount: 40,
  });
}

function read(i: number, members: MemberDoc[], articles: ArticleDoc[]): ArticleReadDoc {
  // Member i % 100k reads article ⌊i / 100k⌋·2500 + …: 20 distinct articles per member.
  const m = members[i % MEMBERS];
  const a = articles[(Math.floor(i / MEMBERS) * 2_477 + (i % MEMBERS) * 7) % ARTICLES];
  const openedAt = new Date(Date.now() - (i % 365) * DAY);
  return {
    _id: readId(m._id, a._id),
    memberId: m._id,
    memberName: m.name,
    orgPath: m.orgPath,
    articleId: a._id,
    title: a.title,
    column: a.column,
    openedAt,
    historyKey: `${openedAt.toISOString()}|${a._id}`,
    seconds: 45,
    qualifiedAt: openedAt,
  };
}

async function main() {
  const cloud = await benchCloud();
  const started = Date.now();
  const { root, zongzhi, branches, members } = enterprise(ZONGZHI, BRANCHES_PER_ZONGZHI, MEMBERS);
  cloud.db.insertMany(COLLECTIONS.organisations.name, [root, ...zongzhi, ...branches]);
  for (let i = 0; i < MEMBERS; i += BATCH)
    cloud.db.insertMany(COLLECTIONS.members.name, members.slice(i, i + BATCH));
  const articles = Array.from({ length: ARTICLES }, (_, i) => article(i, root, zongzhi, branches));
  for (let i = 0; i < ARTICLES; i += BATCH)
    cloud.db.insertMany(COLLECTIONS.articles.name, articles.slice(i, i + BATCH));
  // Pairs repeat across the 2M (same member, same article): keep the first of each.
  const seen = new Set<string>();
  let reads = 0;
  for (let i = 0; i < READS; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, READS - i) }, (_, k) =>
      read(i + k, members, articles),
    ).filter((r) => !seen.has(r._id) && seen.add(r._id));
    cloud.db.insertMany(COLLECTIONS.articleReads.name, batch);
    reads += batch.length;
  }
  console.log(
    `seeded ${branches.length + ZONGZHI + 1} organisations, ${MEMBERS} members, ${ARTICLES} articles, ` +
      `${reads} read records in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );

  await settleAfterSeed();

  const reader = 'bench-4321';
  const feed = async (data: object) => {
    const { reply } = await gateway(cloud, 'news', { action: 'list', data }, reader);
    return (reply as { data: { items: { _id: string }[]; nextCursor: string } }).data;
  };
  await callFn(cloud, reader, 'news', 'list', {});

  report(
    'news.list, first page',
    await timed(200, () => callFn(cloud, reader, 'news', 'list', {})),
  );
  report(
    'news.list, one column tab, first page',
    await timed(200, () => callFn(cloud, reader, 'news', 'list', { column: '廉政教育' })),
  );
  let cursor: string | undefined;
  const visible: string[] = [];
  for (let page = 0; page < 12; page++) {
    const p = await feed(cursor ? { cursor } : {});
    visible.push(...p.items.map((a) => a._id));
    cursor = p.nextCursor;
  }
  report(
    'news.list, 13th page (cursor)',
    await timed(200, () => callFn(cloud, reader, 'news', 'list', { cursor })),
  );
  report(
    'news.get, first open (read recorded)',
    await timed(200, (i) => callFn(cloud, reader, 'news', 'get', { id: visible[i] })),
  );
  report(
    'news.get, open again (already read)',
    await timed(200, (i) => callFn(cloud, reader, 'news', 'get', { id: visible[i] })),
  );
  report(
    'news.heartbeat',
    await timed(200, (i) =>
      callFn(cloud, reader, 'news', 'heartbeat', { id: visible[i], seconds: 15 }),
    ),
  );
  report(
    'news.history, first page',
    await timed(200, () => callFn(cloud, reader, 'news', 'history', {})),
  );
  const branchArticle = articles.find((a) => a.scopePath.split('/').length === 5)!;
  const secretary = members[branches.findIndex((b) => b._id === branchArticle.scopeId)];
  report(
    'news.readers, one branch (34 members)',
    await timed(100, () =>
      callFn(cloud, secretary.openid!, 'news', 'readers', {
        id: branchArticle._id,
        orgId: secretary.orgId,
      }),
    ),
  );
  await cloud.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
