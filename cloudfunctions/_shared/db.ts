import { _, db } from './cloud';

/** Lookups and single-document transactions; each method is exactly one database operation. */
type Query = Record<string, unknown>;
type Data = Record<string, unknown>;

export async function findOne<T>(collection: string, query: Query): Promise<T | null> {
  const { data } = await db.collection(collection).where(query).limit(1).get<T>();
  return data[0] ?? null;
}

/** A missing id is `null`, not the SDK's thrown "does not exist". */
export function findById<T>(collection: string, id: string): Promise<T | null> {
  return findOne<T>(collection, { _id: id });
}

/** The most documents one read returns. */
const READ_MAX = 1000;

/**
 * Every document whose `key` lies in [`from`, `to`), in key order: reads of a thousand along the
 * key's index, each resuming after the last key read. For a whole subtree's branches or roster,
 * where one read would stop at a thousand.
 */
export async function readRange<T extends object>({
  collection,
  key,
  from,
  to,
  where = {},
  fields,
}: {
  collection: string;
  key: keyof T & string;
  from: string;
  to: string;
  where?: Query;
  fields: Partial<Record<keyof T & string, true>>;
}): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const { data }: { data: T[] } = await db
      .collection(collection)
      .where({ ...where, [key]: (after === null ? _.gte(from) : _.gt(after)).and(_.lt(to)) })
      .orderBy(key, 'asc')
      .field({ ...fields, [key]: true })
      .limit(READ_MAX)
      .get<T>();
    out.push(...data);
    if (data.length < READ_MAX) return out;
    after = String(data[data.length - 1][key]);
  }
}

/** Single-document operations inside a transaction (all the cloud database allows there). */
export interface Tx {
  /** Throws when the document does not exist. */
  get<T>(collection: string, id: string): Promise<T>;
  exists(collection: string, id: string): Promise<boolean>;
  add(collection: string, data: object): Promise<void>;
  update(collection: string, id: string, data: Data): Promise<void>;
  set(collection: string, id: string, data: Data): Promise<void>;
  remove(collection: string, id: string): Promise<void>;
}

/**
 * Runs `work` in a transaction with snapshot isolation; the SDK retries it on a write
 * conflict, and an error thrown inside rolls everything back and comes out unchanged.
 */
export function transaction<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
  return db.runTransaction(async (t) => {
    const tx: Tx = {
      async get<T>(collection: string, id: string) {
        const { data } = await t.collection(collection).doc(id).get<T>();
        return data;
      },
      async exists(collection, id) {
        const { data } = await t.collection(collection).where({ _id: id }).get<unknown>();
        return data.length > 0;
      },
      async add(collection, data) {
        await t.collection(collection).add({ data });
      },
      async update(collection, id, data) {
        await t.collection(collection).doc(id).update({ data });
      },
      async set(collection, id, data) {
        await t.collection(collection).doc(id).set({ data });
      },
      async remove(collection, id) {
        await t.collection(collection).doc(id).remove();
      },
    };
    return work(tx);
  });
}
