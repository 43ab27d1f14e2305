import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EJSON } from 'bson';
import { databasePart, LocalDatabase } from '../../emulator/db';

const insert = (collectionName: string, doc: object) => ({
  collectionName,
  data: [EJSON.stringify(doc, { relaxed: false })],
});

describe('group commit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-group-'));
  let db: LocalDatabase;
  beforeEach(() => {
    db = new LocalDatabase(dir);
    if (!db.collectionNames().includes('notes')) db.createCollection('notes');
  });
  afterEach(() => db.close());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers writes of one turn only once they are all on disk', async () => {
    const actions = databasePart(db).actions ?? {};
    const replies = Array.from({ length: 40 }, (_, i) =>
      actions['database.insertDocument'](insert('notes', { _id: `n${i}`, i })).then(() => {
        // Read the file from another connection: what is acknowledged must be there.
        const other = new LocalDatabase(dir);
        try {
          return other.countDocs('notes', { _id: `n${i}` });
        } finally {
          other.close();
        }
      }),
    );
    expect(await Promise.all(replies)).toEqual(Array(40).fill(1));
  });

  it('a read that saw a pending write answers after its commit', async () => {
    const actions = databasePart(db).actions ?? {};
    db.apply([{ coll: db.coll('notes'), key: 'seen', doc: { _id: 'seen', v: 1 } }]);
    await actions['database.getDocument']({
      collectionName: 'notes',
      query: EJSON.stringify({ _id: 'seen' }),
    });
    const other = new LocalDatabase(dir);
    expect(other.countDocs('notes', { _id: 'seen' })).toBe(1);
    other.close();
  });

  it('commits writes gathered while a commit runs, and a direct commit after both', async () => {
    const notes = db.coll('notes');
    db.apply([{ coll: notes, key: 'first', doc: { _id: 'first' } }]);
    await new Promise((r) => setImmediate(r));
    db.apply([{ coll: notes, key: 'second', doc: { _id: 'second' } }]);
    db.apply([{ coll: notes, key: 'third', doc: { _id: 'third' } }]);
    const gathered = db.durable();
    db.commit([{ coll: notes, key: 'direct', doc: { _id: 'direct', after: 'third' } }]);
    await gathered;
    const other = new LocalDatabase(dir);
    expect(
      other.find('notes', { _id: { $in: ['first', 'second', 'third', 'direct'] } }),
    ).toHaveLength(4);
    other.close();
  });

  it('undoes a batch that cannot be stored, in memory too, and fails its waiters', async () => {
    db.commit([{ coll: db.coll('notes'), key: 'kept', doc: { _id: 'kept', v: 1 } }]);
    const cyclic: Record<string, unknown> = { _id: 'bad' };
    cyclic.self = cyclic;
    db.apply([{ coll: db.coll('notes'), key: 'kept', doc: { _id: 'kept', v: 2 } }]);
    db.apply([{ coll: db.coll('notes'), key: 'bad', doc: cyclic }]);
    expect(db.countDocs('notes', { _id: 'bad' })).toBe(1);
    await expect(db.durable()).rejects.toThrow();
    expect(db.countDocs('notes', { _id: 'bad' })).toBe(0);
    expect(db.find('notes', { _id: 'kept' })).toEqual([{ _id: 'kept', v: 1 }]);
    await expect(db.durable()).resolves.toBeUndefined();
  });

  it('commit() is durable when it returns and refuses what cannot be stored', () => {
    const cyclic: Record<string, unknown> = { _id: 'loop' };
    cyclic.self = cyclic;
    expect(() => db.commit([{ coll: db.coll('notes'), key: 'loop', doc: cyclic }])).toThrow();
    expect(db.countDocs('notes', { _id: 'loop' })).toBe(0);
    db.commit([{ coll: db.coll('notes'), key: 'synced', doc: { _id: 'synced' } }]);
    const other = new LocalDatabase(dir);
    expect(other.countDocs('notes', { _id: 'synced' })).toBe(1);
    other.close();
  });
});
