import { Aggregator, ProcessingMode } from 'mingo';
import { update, type Modifier } from 'mingo/updater';
import { AdminError, type AdminAction, type AdminBody, type CloudPart } from '../types';
import type { Collection } from './collection';
import { duplicate, type Change, type LocalDatabase } from './database';
import { decodeEjson, encodeForReply, idKey, isPlainObject, newId, type Doc } from './ejson';
import { byDistance, geoNearStage, nearQuery, requireGeoIndex } from './geo';
import { compile, count, MINGO_OPTIONS, SAMPLE_STAGE, select, type Order } from './query';
import { encodeList } from './reply';
import { decodeCached } from './request-cache';
import type { Transaction } from './transactions';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/** Which requests count as reads and writes in `db.stats()` (what CloudBase bills). */
const KINDS: Record<string, 'read' | 'write' | 'other'> = {
  'database.getDocument': 'read',
  'database.calculateDocument': 'read',
  'database.aggregateDocuments': 'read',
  'database.insertDocument': 'write',
  'database.modifyDocument': 'write',
  'database.removeDocument': 'write',
};

/**
 * The `/admin` database actions of docs/cloudbase-protocol.md §2. `now` is the local cloud's
 * clock (§4.5): the server date a request's `$tcb_server_date` becomes (§2.1).
 */
export function databasePart(db: LocalDatabase, now: () => number = Date.now): CloudPart {
  const handlers: Record<string, (body: AdminBody, at: number) => object> = {
    'database.getDocument': (b, at) => getDocument(db, b, at),
    'database.calculateDocument': (b, at) => ({
      data: { total: count(db.coll(b.collectionName), decodeShared(b.query, at)) },
    }),
    'database.insertDocument': (b, at) => insertDocument(db, b, at),
    'database.modifyDocument': (b, at) => modifyDocument(db, b, at),
    'database.removeDocument': (b, at) => removeDocument(db, b, at),
    'database.aggregateDocuments': (b, at) => aggregate(db, b, at),
    'database.addCollection': (b) => {
      if (typeof b.collectionName !== 'string' || !b.collectionName) {
        throw new AdminError('INVALID_PARAM', 'collectionName is required');
      }
      db.createCollection(b.collectionName);
      return {};
    },
    'database.startTransaction': () => ({ transactionId: db.transactions.start().id }),
    'database.commitTransaction': (b) => {
      const id = String(b.transactionId);
      const tx = db.transactions.get(id);
      db.transactions.end(id);
      db.apply(tx.writes());
      return {};
    },
    'database.abortTransaction': (b) => {
      db.transactions.end(String(b.transactionId));
      return {};
    },
  };
  const actions: Record<string, AdminAction> = {};
  for (const [name, handle] of Object.entries(handlers)) {
    actions[name] = async (body) => {
      db.count(name, KINDS[name] ?? 'other');
      try {
        const reply = handle(body, now());
        // Acknowledged means durable: no reply (nor a read that saw pending writes) before the group commit.
        await db.durable();
        return reply;
      } catch (e) {
        throw asAdminError(e);
      }
    };
  }
  return { actions };
}

function asAdminError(e: unknown): AdminError {
  if (e instanceof AdminError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (/unknown .*operator|unregistered .*operator|invalid .*operator/i.test(message)) {
    return new AdminError('DATABASE_INVALID_OPERRATOR', message);
  }
  return new AdminError('DATABASE_REQUEST_FAILED', message);
}

/** A request's data, server dates read as `at`. */
function decodeObject(field: unknown, at: number): Doc {
  return asObject(typeof field === 'string' && field !== '' ? decodeEjson(field, at) : field);
}

/** A query, order or projection: decoded once per distinct text and shared, so never modified. */
function decodeShared(field: unknown, at: number): Doc {
  return asObject(typeof field === 'string' && field !== '' ? decodeCached(field, at) : field);
}

function asObject(value: unknown): Doc {
  if (value === undefined || value === null || value === '') return {};
  if (!isPlainObject(value)) throw new AdminError('INVALID_PARAM', 'expected an EJSON object');
  return value;
}

function txOf(db: LocalDatabase, body: AdminBody): Transaction | undefined {
  return body.transactionId ? db.transactions.get(String(body.transactionId)) : undefined;
}

/** In a transaction a query by `_id` goes through the transaction's view of that document. */
function txTargets(coll: Collection, tx: Transaction, query: Doc, limit: number): [string, Doc][] {
  const id = query._id;
  if (id !== undefined && !isPlainObject(id)) {
    const key = idKey(id);
    const doc = tx.read(coll, key);
    return doc && compile(query).test(doc) ? [[key, doc]] : [];
  }
  return select(coll, query, { limit }).flatMap(([key]) => {
    const doc = tx.read(coll, key);
    return doc ? [[key, doc] as [string, Doc]] : [];
  });
}

function getDocument(db: LocalDatabase, b: AdminBody, at: number): object {
  const coll = db.coll(b.collectionName);
  const query = decodeShared(b.query, at);
  const limit = Math.min(Math.max(Number(b.limit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT, 1), MAX_LIMIT);
  const offset = Math.max(Number(b.offset ?? 0) || 0, 0);
  const order = Object.entries(decodeShared(b.order, at)).map(
    ([field, dir]) => [field, Number(dir) < 0 ? -1 : 1] as [string, 1 | -1],
  ) satisfies Order;
  const tx = txOf(db, b);
  const near = nearQuery(query);
  if (near) requireGeoIndex(coll, near.field);
  let found: [string, Doc][];
  if (tx) found = txTargets(coll, tx, query, offset + limit).slice(offset);
  else if (near && !order.length)
    // Nearest first unless the request orders otherwise (docs/cloudbase-protocol.md §2.12).
    found = byDistance(select(coll, query), ([, doc]) => doc, near.field, near.near).slice(
      offset,
      offset + limit,
    );
  else found = select(coll, query, { order, offset, limit });
  const docs = found.map(([, doc]) => doc);
  return { data: { list: encodeList(docs, decodeShared(b.projection, at)) } };
}

function insertDocument(db: LocalDatabase, b: AdminBody, at: number): object {
  const coll = db.coll(b.collectionName);
  if (!Array.isArray(b.data)) throw new AdminError('INVALID_PARAM', 'data must be an array');
  const tx = txOf(db, b);
  const changes: Change[] = b.data.map((item) => {
    const data = decodeObject(item, at);
    const doc = { _id: data._id ?? newId(), ...data };
    const key = idKey(doc._id);
    const exists = tx ? tx.read(coll, key) : coll.docs.get(key);
    if (exists) throw duplicate(coll.name, '_id', { _id: doc._id });
    return { coll, key, doc };
  });
  if (tx) for (const c of changes) tx.write(coll, c.key, c.doc);
  else db.apply(changes);
  return { data: { insertedIds: changes.map((c) => (c.doc as Doc)._id) } };
}

function modifyDocument(db: LocalDatabase, b: AdminBody, at: number): object {
  const coll = db.coll(b.collectionName);
  const query = decodeShared(b.query, at);
  const data = decodeObject(b.data, at);
  const limit = b.multi === false ? 1 : Infinity;
  const tx = txOf(db, b);
  const targets = tx ? txTargets(coll, tx, query, limit) : select(coll, query, { limit });
  const changes: Change[] = [];
  for (const [key, doc] of targets) {
    const next = b.merge === false ? { _id: doc._id, ...withoutId(data) } : applyUpdate(doc, data);
    if (next) changes.push({ coll, key, doc: next });
  }
  let upsertId: unknown;
  if (!targets.length && b.upsert === true) {
    const queryId = query._id;
    upsertId = queryId !== undefined && !isPlainObject(queryId) ? queryId : newId();
    const base = { _id: upsertId };
    const doc =
      b.merge === false ? { ...base, ...withoutId(data) } : (applyUpdate(base, data) ?? base);
    changes.push({ coll, key: idKey(upsertId), doc });
  }
  if (tx) for (const c of changes) tx.write(coll, c.key, c.doc);
  else db.apply(changes);
  const updated = changes.length - (upsertId === undefined ? 0 : 1);
  return upsertId === undefined
    ? { data: { updated } }
    : { data: { updated, upsert_id: upsertId, upserted: [{ _id: upsertId }] } };
}

function withoutId(data: Doc): Doc {
  const rest = { ...data };
  delete rest._id;
  return rest;
}

/** The updated copy of `doc`, or undefined when the operators change nothing. */
function applyUpdate(doc: Doc, modifier: Doc): Doc | undefined {
  for (const op of Object.keys(modifier)) {
    if (!op.startsWith('$'))
      throw new AdminError('DATABASE_INVALID_OPERRATOR', `invalid update operator ${op}`);
  }
  const next = copyForUpdate(doc, modifier);
  const changed = update(next, modifier as Modifier<Doc>, undefined, undefined, {
    cloneMode: 'deep',
  });
  if (next._id !== doc._id) {
    throw new AdminError(
      'DATABASE_REQUEST_FAILED',
      "Performing an update on the path '_id' would modify the immutable field '_id'",
    );
  }
  return changed.length ? next : undefined;
}

/**
 * A copy of a stored document the modifier may change in place: only the top-level fields it
 * names are cloned, the rest is shared (stored documents are never modified), so a counter's
 * update does not copy a whole article body.
 */
function copyForUpdate(doc: Doc, modifier: Doc): Doc {
  const next = { ...doc };
  for (const [op, fields] of Object.entries(modifier)) {
    if (!isPlainObject(fields)) continue;
    // $rename also writes to the path each field is renamed to.
    const paths =
      op === '$rename' ? [...Object.keys(fields), ...Object.values(fields)] : Object.keys(fields);
    for (const path of paths) {
      const top = String(path).split('.')[0];
      const value = doc[top];
      if (typeof value === 'object' && value !== null && next[top] === value)
        next[top] = structuredClone(value);
    }
  }
  return next;
}

function removeDocument(db: LocalDatabase, b: AdminBody, at: number): object {
  const coll = db.coll(b.collectionName);
  const query = decodeShared(b.query, at);
  const limit = b.multi === false ? 1 : Infinity;
  const tx = txOf(db, b);
  const targets = tx ? txTargets(coll, tx, query, limit) : select(coll, query, { limit });
  const changes = targets.map(([key]) => ({ coll, key, doc: undefined }));
  if (tx) for (const c of changes) tx.write(coll, c.key, undefined);
  else db.apply(changes);
  return { data: { deleted: changes.length } };
}

function aggregate(db: LocalDatabase, b: AdminBody, at: number): object {
  const coll = db.coll(b.collectionName);
  if (!Array.isArray(b.stages)) throw new AdminError('INVALID_PARAM', 'stages must be an array');
  const pipeline = (b.stages as { stageKey: string; stageValue: string }[]).map((s) => ({
    // $sample draws without replacement (docs/cloudbase-protocol.md §2.9).
    [s.stageKey === '$sample' ? SAMPLE_STAGE : s.stageKey]: decodeEjson(s.stageValue, at),
  }));
  if (pipeline.slice(1).some((stage) => '$geoNear' in stage))
    throw new AdminError(
      'DATABASE_REQUEST_FAILED',
      '$geoNear is only valid as the first stage in a pipeline',
    );
  // A leading $match goes through the indexes, a leading $geoNear is answered here (§2.12); the
  // rest of the pipeline runs in mingo.
  const first = pipeline[0];
  let input: Doc[];
  let rest = pipeline.slice(1);
  if (first && '$geoNear' in first)
    input = geoNearStage(coll, first.$geoNear, (query) => select(coll, query).map(([, d]) => d));
  else if (first && isPlainObject(first.$match))
    input = select(coll, first.$match).map(([, d]) => d);
  else {
    input = [...coll.docs.values()];
    rest = pipeline;
  }
  const aggregator = new Aggregator(rest, {
    ...MINGO_OPTIONS,
    processingMode: ProcessingMode.CLONE_INPUT,
    collectionResolver: (name) => [...db.coll(name).docs.values()],
  });
  const list = aggregator.run(input) as Doc[];
  return { data: { list: list.map(encodeForReply) } };
}
