import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDatabase } from '../../emulator/db';
import type { Order } from '../../emulator/db/query';

const ORGS = ['o1', 'o2', 'o3'];
const NAMES = ['张三', '李四', '王五', 'alice', 'Bob', '', '赵六'];

function docs(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    _id: `m${String(i).padStart(5, '0')}`,
    orgId: ORGS[i % 3],
    name: NAMES[(i * 3) % NAMES.length] + (i % 5),
    score: (i * 37) % 101,
    joinedAt: new Date(1_600_000_000_000 + ((i * 13) % 50) * 86_400_000),
    ...(i % 11 === 0 ? {} : { tag: `t${i % 4}` }),
  }));
}

type Case = [string, object, Order, number, number];

const cases: Case[] = [
  [
    'equality page',
    { orgId: 'o2' },
    [
      ['name', 1],
      ['_id', 1],
    ],
    0,
    20,
  ],
  [
    'deep page',
    { orgId: 'o2' },
    [
      ['name', 1],
      ['_id', 1],
    ],
    700,
    20,
  ],
  [
    'reverse walk',
    { orgId: 'o1' },
    [
      ['name', -1],
      ['_id', -1],
    ],
    30,
    25,
  ],
  [
    'cursor',
    { orgId: 'o3', name: { $gt: '李四2' } },
    [
      ['name', 1],
      ['_id', 1],
    ],
    0,
    20,
  ],
  [
    'range both ends',
    { orgId: 'o3', name: { $gte: 'Bob', $lt: '张' } },
    [
      ['name', 1],
      ['_id', 1],
    ],
    5,
    50,
  ],
  ['descending index', { orgId: 'o1', score: { $lte: 40 } }, [['score', -1]], 0, 30],
  [
    'extra condition',
    { orgId: 'o1', tag: 't1' },
    [
      ['name', 1],
      ['_id', 1],
    ],
    3,
    10,
  ],
  [
    'date range',
    { joinedAt: { $gte: new Date(1_600_000_000_000 + 20 * 86_400_000) } },
    [
      ['joinedAt', 1],
      ['_id', 1],
    ],
    0,
    40,
  ],
  ['missing field', { orgId: 'o2', tag: { $exists: false } }, [], 0, 1000],
  [
    '$in, sorted by the index after it',
    { orgId: { $in: ['o3', 'o1', 'o3', 'o7'] } },
    [
      ['orgId', 1],
      ['name', 1],
      ['_id', 1],
    ],
    990,
    40,
  ],
  [
    '$in, reverse walk across values',
    { orgId: { $in: ['o1', 'o2'] } },
    [
      ['orgId', -1],
      ['name', -1],
      ['_id', -1],
    ],
    995,
    30,
  ],
  [
    '$in, sorted by the fields after it (spans merged)',
    { orgId: { $in: ['o1', 'o2'] } },
    [
      ['name', 1],
      ['_id', 1],
    ],
    10,
    30,
  ],
  [
    '$in, spans merged in reverse, deep page',
    { orgId: { $in: ['o3', 'o1', 'o2'] } },
    [
      ['name', -1],
      ['_id', -1],
    ],
    1200,
    30,
  ],
  [
    '$in, spans merged, extra condition',
    { orgId: { $in: ['o3', 'o2'] }, tag: { $in: ['t1', 't3'] } },
    [
      ['name', 1],
      ['_id', 1],
    ],
    100,
    40,
  ],
  [
    '$in, sorted by a field the spans do not order',
    { orgId: { $in: ['o1', 'o2'] } },
    [
      ['score', 1],
      ['_id', 1],
    ],
    10,
    30,
  ],
  [
    '$in with a range after it',
    { orgId: { $in: ['o2', 'o3'] }, score: { $gt: 60 } },
    [],
    0,
    Infinity,
  ],
  [
    '$in with an extra condition',
    { orgId: { $in: ['o1', 'o2'] }, tag: 't2' },
    [
      ['score', -1],
      ['_id', 1],
    ],
    0,
    50,
  ],
  [
    '$in of one value',
    { orgId: { $in: ['o2'] }, name: { $lt: 'alice' } },
    [
      ['name', 1],
      ['_id', 1],
    ],
    0,
    50,
  ],
  [
    '$in of dates',
    { joinedAt: { $in: [new Date(1_600_000_000_000), new Date(1_604_320_000_000)] } },
    [],
    0,
    1000,
  ],
  [
    '_id $in',
    { _id: { $in: ['m00010', 'm02999', 'm00010', 'nope', 'm01500', 'm06000', 'm08999'] } },
    [
      ['score', 1],
      ['_id', 1],
    ],
    0,
    10,
  ],
  [
    '_id $in with a condition',
    { _id: { $in: ['m00010', 'm00011', 'm06001', 'm06002'] }, orgId: 'o2' },
    [],
    0,
    10,
  ],
  [
    'no index fits',
    { score: { $gt: 90 } },
    [
      ['name', 1],
      ['_id', 1],
    ],
    0,
    100,
  ],
];

const INDEXES = [
  { name: 'org_name', keys: { orgId: 1, name: 1, _id: 1 } as Record<string, 1 | -1> },
  { name: 'org_score', keys: { orgId: 1, score: -1 } as Record<string, 1 | -1> },
  { name: 'joined', keys: { joinedAt: 1 } as Record<string, 1 | -1> },
];

/** Runs one case on both collections: results and counts must be identical. */
function expectSameAnswers(db: LocalDatabase, [, query, order, offset, limit]: Case): void {
  // Without an order, any order is right (an index walk differs from insertion order).
  const settle = (list: Record<string, unknown>[]) =>
    order.length ? list : [...list].sort((a, b) => String(a._id).localeCompare(String(b._id)));
  const expected = settle(db.find('plain', query as never, { order, offset, limit }));
  expect(expected.length).toBeGreaterThan(0);
  expect(settle(db.find('indexed', query as never, { order, offset, limit }))).toEqual(expected);
  expect(db.countDocs('indexed', query as never)).toBe(db.countDocs('plain', query as never));
}

/** The same documents with and without indexes: every answer must be identical. */
describe('indexed reads answer exactly what a scan answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-index-'));
  let db: LocalDatabase;
  beforeAll(() => {
    db = new LocalDatabase(dir);
    db.provision([
      {
        name: 'indexed',
        indexes: INDEXES,
      },
      { name: 'plain', indexes: [] },
    ]);
    db.insertMany('indexed', docs(3000));
    db.insertMany('plain', docs(3000));
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(cases)('%s', (...c) => expectSameAnswers(db, c));

  it('keeps indexes right through updates, deletes and a reopen', async () => {
    const coll = db.find('indexed', { orgId: 'o1' }, { limit: 5 });
    db.commit(
      coll.map((d) => ({
        coll: db.coll('indexed'),
        key: d._id as string,
        doc: { ...d, orgId: 'o9' },
      })),
    );
    db.commit([{ coll: db.coll('indexed'), key: 'm00003', doc: undefined }]);
    expect(db.countDocs('indexed', { orgId: 'o9' })).toBe(5);
    db.close();
    db = new LocalDatabase(dir);
    expect(db.isNew).toBe(false);
    db.provision([
      {
        name: 'indexed',
        indexes: [{ name: 'org_name', keys: { orgId: 1, name: 1, _id: 1 } }],
      },
    ]);
    expect(db.find('indexed', { orgId: 'o9' }, { order: [['_id', 1]] }).map((d) => d._id)).toEqual(
      coll.map((d) => d._id),
    );
    expect(db.find('indexed', { _id: 'm00003' })).toEqual([]);
    expect(Object.prototype.toString.call(db.find('indexed', { _id: 'm00004' })[0].joinedAt)).toBe(
      '[object Date]',
    );
    expect(db.countDocs('indexed')).toBe(2999);
  });
});

/** Writes one at a time and in big batches move entries across many chunks of each index. */
describe('indexes stay right through heavy writes', () => {
  const db = new LocalDatabase(':memory:');
  beforeAll(() => {
    db.provision([
      { name: 'indexed', indexes: INDEXES },
      { name: 'plain', indexes: [] },
    ]);
    const all = docs(9000);
    // Shuffled one-document commits insert all over each index, splitting chunks everywhere.
    const shuffled = all
      .slice(0, 6000)
      .sort((a, b) => ((a.score * 7919) % 613) - ((b.score * 7919) % 613));
    for (const doc of shuffled) {
      for (const name of ['indexed', 'plain']) {
        db.commit([{ coll: db.coll(name), key: doc._id, doc: { ...doc } }]);
      }
    }
    const write = (list: { key: string; doc: Record<string, unknown> | undefined }[]) => {
      for (const name of ['indexed', 'plain']) {
        db.commit(
          list.map((c) => ({ coll: db.coll(name), key: c.key, doc: c.doc && { ...c.doc } })),
        );
      }
    };
    // Deletes in small batches empty and merge chunks; a batch of 500 takes the bulk path.
    const doomed = shuffled.filter((_, i) => i % 3 !== 0);
    for (let i = 0; i < doomed.length - 500; i += 50) {
      write(doomed.slice(i, i + 50).map((d) => ({ key: d._id, doc: undefined })));
    }
    write(doomed.slice(-500).map((d) => ({ key: d._id, doc: undefined })));
    const kept = shuffled.filter((_, i) => i % 3 === 0);
    write(
      kept.slice(0, 400).map((d) => ({
        key: d._id,
        doc: { ...d, orgId: ORGS[(d.score + 1) % 3], score: d.score % 50 },
      })),
    );
    write(all.slice(6000).map((d) => ({ key: d._id, doc: d })));
  });
  afterAll(() => db.close());

  it('holds every document once', () => {
    expect(db.countDocs('indexed')).toBe(2000 + 3000);
    expect(db.countDocs('indexed', { orgId: { $in: ORGS } })).toBe(5000);
  });

  it.each(cases)('%s', (...c) => expectSameAnswers(db, c));
});
