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

/** The same documents with and without indexes: every answer must be identical. */
describe('indexed reads answer exactly what a scan answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-index-'));
  let db: LocalDatabase;
  beforeAll(() => {
    db = new LocalDatabase(dir);
    db.provision([
      {
        name: 'indexed',
        indexes: [
          { name: 'org_name', keys: { orgId: 1, name: 1, _id: 1 } },
          { name: 'org_score', keys: { orgId: 1, score: -1 } },
          { name: 'joined', keys: { joinedAt: 1 } },
        ],
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

  const cases: [string, object, Order, number, number][] = [
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

  it.each(cases)('%s', (_, query, order, offset, limit) => {
    // Without an order, any order is right (an index walk differs from insertion order).
    const settle = (list: Record<string, unknown>[]) =>
      order.length ? list : [...list].sort((a, b) => String(a._id).localeCompare(String(b._id)));
    const expected = settle(db.find('plain', query as never, { order, offset, limit }));
    expect(expected.length).toBeGreaterThan(0);
    expect(settle(db.find('indexed', query as never, { order, offset, limit }))).toEqual(expected);
    expect(db.countDocs('indexed', query as never)).toBe(db.countDocs('plain', query as never));
  });

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
