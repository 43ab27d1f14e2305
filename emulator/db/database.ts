import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EJSON } from 'bson';
import { AdminError } from '../types';
import { Collection, type IndexSpec } from './collection';
import { inlineCommitter, ThreadCommitter, type Committer, type Row } from './committer';
import { encodeForDisk, idKey, newId, type Doc } from './ejson';
import { count, select, type Window } from './query';
import { Store } from './store';
import { Transactions } from './transactions';

export interface Change {
  coll: Collection;
  key: string;
  doc: Doc | undefined;
}

/** A collection and the indexes behind its queries. */
export interface CollectionSpec {
  name: string;
  indexes: IndexSpec[];
}

export interface DbStats {
  /** Requests answered, by `/admin` action. */
  byAction: Record<string, number>;
  reads: number;
  writes: number;
}

/**
 * The local cloud's document database: collections in memory (evaluated with mingo), every
 * write committed to SQLite before it is acknowledged. `dataDir` ':memory:' keeps nothing on disk.
 */
export class LocalDatabase {
  readonly transactions = new Transactions();
  /** True when the data dir held no database before (the seed hook runs then). */
  readonly isNew: boolean;
  private readonly colls = new Map<string, Collection>();
  private readonly store: Store;
  private readonly committer: Committer;
  private version = 0;
  /** Writes applied in memory and not yet sent to SQLite, with the documents they replaced. */
  private batch?: Batch;
  /** The batch being committed; the next one gathers meanwhile. */
  private inflight?: Batch;
  private readonly counters: DbStats = { byAction: {}, reads: 0, writes: 0 };

  /**
   * `autoCollections`: a request naming a collection never created creates it (MongoDB's way)
   * instead of failing with DATABASE_COLLECTION_NOT_EXIST as the real cloud does.
   */
  constructor(
    dataDir: string,
    private readonly options: { autoCollections?: boolean } = {},
  ) {
    if (dataDir === ':memory:') {
      this.isNew = true;
      this.store = new Store(':memory:');
      this.committer = inlineCommitter(this.store);
    } else {
      mkdirSync(dataDir, { recursive: true });
      const file = join(dataDir, 'db.sqlite');
      this.isNew = !existsSync(file) || readdirSync(dataDir).length === 0;
      this.store = new Store(file);
      this.committer = new ThreadCommitter(file);
    }
    for (const name of this.store.collections()) {
      const coll = new Collection(name);
      coll.load(this.store.docs(name));
      this.colls.set(name, coll);
    }
  }

  /** Creates collections and their indexes, those that exist already left as they are. */
  provision(specs: CollectionSpec[]): void {
    for (const spec of specs) {
      if (!this.colls.has(spec.name)) this.createCollection(spec.name);
      const coll = this.coll(spec.name);
      for (const index of spec.indexes) coll.ensureIndex(index);
    }
  }

  createCollection(name: string): void {
    if (this.colls.has(name)) throw new AdminError('DATABASE_REQUEST_FAILED', 'Table exist');
    this.store.addCollection(name);
    this.colls.set(name, new Collection(name));
  }

  coll(name: unknown): Collection {
    if (typeof name !== 'string' || !name)
      throw new AdminError('INVALID_PARAM', 'collectionName is required');
    const coll = this.colls.get(name);
    if (!coll && this.options.autoCollections) {
      this.createCollection(name);
      return this.coll(name);
    }
    if (!coll) {
      throw new AdminError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`);
    }
    return coll;
  }

  collectionNames(): string[] {
    return [...this.colls.keys()];
  }

  /**
   * Applies writes atomically in memory (unique indexes checked first) and queues them for the
   * next group commit: the writes gathered while a commit runs go to SQLite in one transaction,
   * one fsync instead of one each. Callers answer only after `durable()`.
   */
  apply(changes: Change[]): void {
    if (!changes.length) return;
    this.checkUnique(changes);
    const undo = changes.map((c) => ({ coll: c.coll, key: c.key, doc: c.coll.docs.get(c.key) }));
    for (const [coll, list] of byCollection(changes)) coll.writeMany(list, () => ++this.version);
    if (!this.batch) {
      this.batch = newBatch();
      if (!this.inflight) setImmediate(() => this.send());
    }
    // A loop, not push(...): a bulk seed of a million changes would overflow the call stack.
    for (let i = 0; i < changes.length; i++) {
      this.batch.changes.push(changes[i]);
      this.batch.undo.push(undo[i]);
    }
  }

  /** Resolves once every write applied so far is committed to SQLite; rejects if its commit failed. */
  durable(): Promise<void> {
    return (this.batch ?? this.inflight)?.done ?? Promise.resolve();
  }

  /** Applies writes and commits them before returning (seeds, benches, tests). */
  commit(changes: Change[]): void {
    this.apply(changes);
    const error = this.sendSync();
    if (error) throw error;
  }

  count(action: string, kind: 'read' | 'write' | 'other'): void {
    this.counters.byAction[action] = (this.counters.byAction[action] ?? 0) + 1;
    if (kind === 'read') this.counters.reads++;
    if (kind === 'write') this.counters.writes++;
  }

  stats(): DbStats {
    return structuredClone(this.counters);
  }

  /** Direct API for seeds and benches: plain documents (Dates allowed), `_id` generated when absent. */
  insertMany(collName: string, docs: object[]): string[] {
    const coll = this.coll(collName);
    const changes = (docs as Doc[]).map((d) => {
      const doc = { _id: d._id ?? newId(), ...d };
      const key = idKey(doc._id);
      if (coll.docs.has(key)) throw duplicate(coll.name, '_id', { _id: doc._id });
      return { coll, key, doc };
    });
    this.commit(changes);
    return changes.map((c) => c.doc._id as string);
  }

  find(collName: string, query: Doc = {}, win: Window = {}): Doc[] {
    return select(this.coll(collName), query, win).map(([, doc]) => structuredClone(doc));
  }

  countDocs(collName: string, query: Doc = {}): number {
    return count(this.coll(collName), query);
  }

  close(): void {
    this.sendSync();
    this.committer.close();
    this.store.close();
  }

  /** Sends the gathered batch to be committed, unless a commit is running (it sends on return). */
  private send(): void {
    const batch = this.batch;
    if (!batch || this.inflight) return;
    this.batch = undefined;
    let rows: Row[];
    try {
      rows = rowsOf(batch);
    } catch (error) {
      this.fail(error, batch);
      return;
    }
    this.inflight = batch;
    this.committer.send(rows).then(
      () => {
        this.inflight = undefined;
        batch.settle();
        this.send();
      },
      (error: unknown) => {
        this.inflight = undefined;
        const later = this.batch;
        this.batch = undefined;
        this.fail(error, later, batch);
      },
    );
  }

  /** Commits the gathered batch now, after any running commit; returns the error if it failed. */
  private sendSync(): unknown {
    const batch = this.batch;
    if (!batch) {
      if (this.inflight) this.committer.sendSync([]);
      return undefined;
    }
    this.batch = undefined;
    try {
      this.committer.sendSync(rowsOf(batch));
    } catch (error) {
      this.fail(error, batch);
      return error;
    }
    batch.settle();
    return undefined;
  }

  /** Puts memory back to what is on disk (newest batch first) and fails the batches' waiters. */
  private fail(error: unknown, ...batches: (Batch | undefined)[]): void {
    for (const batch of batches) {
      if (!batch) continue;
      for (const u of batch.undo.reverse()) u.coll.write(u.key, u.doc, ++this.version);
      batch.settle(error);
    }
  }

  private checkUnique(changes: Change[]): void {
    for (const [coll, list] of byCollection(changes)) {
      const rewritten = new Set(list.map((c) => c.key));
      const seenIds = new Set<string>();
      for (const c of list) {
        if (!c.doc) continue;
        if (seenIds.has(c.key)) throw duplicate(coll.name, '_id', { _id: c.doc._id });
        seenIds.add(c.key);
      }
      for (const index of coll.indexes) {
        if (!index.unique) continue;
        const seen = new Set<string>();
        for (const c of list) {
          if (!c.doc) continue;
          const key = index.keyOf(c.doc);
          const sig = EJSON.stringify({ key }, { relaxed: false });
          const taken = index.idsWithKey(key).some((id) => !rewritten.has(id));
          if (taken || seen.has(sig)) {
            const dup = Object.fromEntries(index.fields.map((f, i) => [f.field, key[i] ?? null]));
            throw duplicate(coll.name, index.name, dup);
          }
          seen.add(sig);
        }
      }
    }
  }
}

interface Batch {
  changes: Change[];
  /** The documents the changes replaced (undefined: absent), in the same order. */
  undo: Change[];
  done: Promise<void>;
  settle(error?: unknown): void;
}

function rowsOf(batch: Batch): Row[] {
  return batch.changes.map((c) => [c.coll.name, c.key, c.doc ? encodeForDisk(c.doc) : null]);
}

function newBatch(): Batch {
  let settle: Batch['settle'] = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  // A failed commit rejects its waiters; a batch nobody waits for must not crash the process.
  done.catch(() => undefined);
  return { changes: [], undo: [], done, settle };
}

function byCollection(changes: Change[]): Map<Collection, Change[]> {
  const groups = new Map<Collection, Change[]>();
  for (const c of changes) {
    const list = groups.get(c.coll);
    if (list) list.push(c);
    else groups.set(c.coll, [c]);
  }
  return groups;
}

export function duplicate(coll: string, index: string, key: Doc): AdminError {
  return new AdminError(
    'DATABASE_REQUEST_FAILED',
    `E11000 duplicate key error collection: ${coll} index: ${index} dup key: ${EJSON.stringify(key)}`,
  );
}
