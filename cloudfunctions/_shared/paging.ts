import type { Page } from '../../typings/functions/common';
import { _, db } from './cloud';
import { decodeCursor, encodeCursor } from './cursor';
import { invalidArgument } from './errors';

type Where = Record<string, unknown>;

const badCursor = () => invalidArgument('分页参数无效，请刷新后重试', 'cursor');

/**
 * How a list is ordered and resumed. `sort` must be the order of an index whose leading fields
 * are the list's equalities (cloudfunctions/_shared/collections.ts), so every page is one walk
 * of that index; `keyOf` is what the cursor holds, unique within the list.
 */
export interface PageOrder<T> {
  sort: [field: string, direction: 'asc' | 'desc'][];
  keyOf(row: T): string;
  /** The list's condition, narrowed to the rows after `key` (all of them when null). */
  narrow(where: Where, key: string | null): object;
}

/** Ordered by one string field whose values are unique, such as a composite key or `_id`. */
export function byKey<T>(field: keyof T & string, direction: 'asc' | 'desc'): PageOrder<T> {
  return {
    sort: [[field, direction]],
    keyOf: (row) => String(row[field]),
    narrow: (where, key) =>
      key === null ? where : { ...where, [field]: direction === 'desc' ? _.lt(key) : _.gt(key) },
  };
}

/**
 * Ascending by a key that starts with an organisation's path, within that organisation's
 * subtree [path, end): a cursor from another subtree is refused.
 */
export function bySubtreeKey<T>(field: keyof T & string, path: string, end: string): PageOrder<T> {
  return {
    sort: [[field, 'asc']],
    keyOf: (row) => String(row[field]),
    narrow: (where, key) => {
      if (key !== null && !key.startsWith(path)) {
        throw invalidArgument('分页参数与组织不符', 'cursor');
      }
      return { ...where, [field]: (key === null ? _.gte(path) : _.gt(key)).and(_.lt(end)) };
    },
  };
}

/** Newest first by a time field whose values are unique within the list (one writer's saves). */
export function byTime<T>(field: keyof T & string): PageOrder<T> {
  return {
    sort: [[field, 'desc']],
    keyOf: (row) => new Date(row[field] as Date).toISOString(),
    narrow: (where, key) => (key === null ? where : { ...where, [field]: _.lt(timeOf(key)) }),
  };
}

/** Newest first by a time field, ties broken by `_id` (many writers, same instant). */
export function byTimeThenId<T extends { _id: string }>(field: keyof T & string): PageOrder<T> {
  return {
    sort: [
      [field, 'desc'],
      ['_id', 'desc'],
    ],
    keyOf: (row) => `${new Date(row[field] as Date).toISOString()}|${row._id}`,
    narrow: (where, key) => {
      if (key === null) return where;
      const cut = key.indexOf('|');
      const id = key.slice(cut + 1);
      if (cut < 0 || !id) throw badCursor();
      const at = timeOf(key.slice(0, cut));
      return _.and([where, _.or([{ [field]: _.lt(at) }, { [field]: at, _id: _.lt(id) }])]);
    },
  };
}

function timeOf(iso: string): Date {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw badCursor();
  return at;
}

export interface PageQuery<T> {
  collection: string;
  /** One condition, or several whose rows are merged in the order's sort (each one walk). */
  where: Where | Where[];
  order: PageOrder<T>;
  cursor: string | undefined;
  size: number;
  field?: Record<string, boolean>;
}

/**
 * One page of a list: each condition's walk reads one row more than a page, to learn whether
 * another page follows. One database operation per condition.
 */
export async function readPage<T>({
  collection,
  where,
  order,
  cursor,
  size,
  field,
}: PageQuery<T>): Promise<Page<T>> {
  const key = cursor ? decodeCursor(cursor) : null;
  const walks = (Array.isArray(where) ? where : [where]).map(async (w) => {
    let query = db.collection(collection).where(order.narrow(w, key));
    for (const [f, direction] of order.sort) query = query.orderBy(f, direction);
    if (field) query = query.field(field);
    const { data } = await query.limit(size + 1).get<T>();
    return data;
  });
  const results = await Promise.all(walks);
  const rows = results.length === 1 ? results[0] : merged(results.flat(), order);
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > size && last ? encodeCursor(order.keyOf(last)) : null,
  };
}

function merged<T>(rows: T[], order: PageOrder<T>): T[] {
  const sign = order.sort[0][1] === 'desc' ? -1 : 1;
  return rows.sort((a, b) => sign * (order.keyOf(a) < order.keyOf(b) ? -1 : 1));
}
