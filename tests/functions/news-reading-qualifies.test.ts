import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { sdkFor } from '../support/sdk';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

// docs/domain.md §9.2: from 30 s of reading on, an open counts as real reading and earns
// read_article (docs/domain.md §6.3); below it, nothing.
let t: TestCloud;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
let member: string;
let articles: string[];

beforeAll(async () => {
  t = await startTestCloud();
  db = sdkFor(t.url).database();
  member = await t.memberId(ID.member);
  articles = ok(await t.call(ID.member, 'news', 'list', {})).items.map((a) => a._id);
});
afterAll(() => t.close());

/** Opens an article as the member, as if twenty minutes ago: heartbeats are then not clipped. */
async function openLongAgo(id: string) {
  ok(await t.call(ID.member, 'news', 'get', { id }));
  await db
    .collection('news_reads')
    .doc(`${member}:${id}`)
    .update({ data: { openedAt: new Date(Date.now() - 20 * 60_000) } });
}

const awards = async (id: string) =>
  (
    (await db
      .collection('point_ledger')
      .where({ _id: `read_article:${member}:${id}` })
      .count()) as unknown as { total: number }
  ).total;

describe('a read qualifies at 30 seconds (news.heartbeat)', () => {
  it.each([
    // heartbeats sent, seconds stored, qualified, read_article awards
    [[29], 29, false, 0],
    [[30], 30, true, 1],
    [[29, 1], 30, true, 1],
    [[15, 14], 29, false, 0],
  ])(
    'heartbeats of %j seconds: %i s, qualified %s, %i award',
    async (beats, seconds, qualified, awarded) => {
      const id = articles.shift()!;
      await openLongAgo(id);
      let beat = { seconds: 0, qualified: false };
      for (const s of beats)
        beat = ok(await t.call(ID.member, 'news', 'heartbeat', { id, seconds: s }));
      expect(beat).toEqual({ seconds, qualified });
      expect(await awards(id)).toBe(awarded);
    },
  );
});
