import { Query } from 'mingo';
import type { Options } from 'mingo/types';
import type { Collection } from './collection';
import { idKey, isPlainObject, type Doc } from './ejson';
import type { RangeOp, SortedIndex } from './sorted-index';

export type Order = [string, 1 | -1][];

export interface Window {
  order?: Order;
  offset?: number;
  limit?: number;
}

export const MINGO_OPTIONS: Partial<Options> = { idKey: '_id', scriptEnabled: false };

const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte']);

type Plan =
  | { kind: 'scan' }
  | { kind: 'keys'; keys: string[] }
  | {
      kind: 'index';
      index: SortedIndex;
      start: number;
      end: number;
      /** Entries come out in the requested order (forward or reversed walk). */
      ordered: 'forward' | 'reverse' | null;
      /** Every condition of the query is answered by the index range: no per-document test. */
      covered: boolean;
    };

/** Compiles a query; mingo throws here on an unknown operator. */
export function compile(query: Doc): Query {
  return new Query(query, MINGO_OPTIONS);
}

/** The documents matching `query` in `order`, after `offset`, at most `limit`, as [key, doc]. */
export function select(coll: Collection, query: Doc, win: Window = {}): [string, Doc][] {
  const matcher = compile(query);
  const order = win.order ?? [];
  const offset = win.offset ?? 0;
  const limit = win.limit ?? Infinity;
  const plan = planFor(coll, query, order);
  if (plan.kind === 'index' && plan.ordered) {
    return walk(coll, plan.index, plan, matcher, offset, limit);
  }
  let candidates: Iterable<Doc>;
  if (plan.kind === 'keys') {
    candidates = plan.keys.flatMap((k): Doc[] => {
      const doc = coll.docs.get(k);
      return doc ? [doc] : [];
    });
  } else if (plan.kind === 'index') {
    candidates = range(coll, plan.index, plan.start, plan.end);
  } else {
    candidates = coll.docs.values();
  }
  let cursor = matcher.find<Doc>(candidates);
  if (order.length) cursor = cursor.sort(Object.fromEntries(order));
  if (offset) cursor = cursor.skip(offset);
  if (limit !== Infinity) cursor = cursor.limit(limit);
  return cursor.all().map((doc) => [idKey(doc._id), doc]);
}

export function count(coll: Collection, query: Doc): number {
  const plan = planFor(coll, query, []);
  if (plan.kind === 'index' && plan.covered) return plan.end - plan.start;
  return select(coll, query).length;
}

function walk(
  coll: Collection,
  index: SortedIndex,
  plan: { start: number; end: number; ordered: 'forward' | 'reverse' | null; covered: boolean },
  matcher: Query,
  offset: number,
  limit: number,
): [string, Doc][] {
  const out: [string, Doc][] = [];
  const forward = plan.ordered === 'forward';
  let skip = offset;
  let i = forward ? plan.start : plan.end - 1;
  if (plan.covered) {
    i += forward ? skip : -skip;
    skip = 0;
  }
  for (; forward ? i < plan.end : i >= plan.start; i += forward ? 1 : -1) {
    if (out.length >= limit) break;
    const key = index.idAt(i);
    const doc = coll.docs.get(key) as Doc;
    if (!plan.covered && !matcher.test(doc)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    out.push([key, doc]);
  }
  return out;
}

function range(coll: Collection, index: SortedIndex, start: number, end: number): Doc[] {
  const docs: Doc[] = [];
  for (let i = start; i < end; i++) docs.push(coll.docs.get(index.idAt(i)) as Doc);
  return docs;
}

function isScalar(v: unknown): boolean {
  return (
    typeof v === 'string' ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    typeof v === 'boolean' ||
    v instanceof Date
  );
}

interface Conditions {
  eq: Map<string, unknown>;
  ranges: Map<string, [RangeOp, unknown][]>;
  /** Top-level keys that are neither (they stop an index from covering the query). */
  other: number;
}

function analyse(query: Doc): Conditions {
  const eq = new Map<string, unknown>();
  const ranges = new Map<string, [RangeOp, unknown][]>();
  let other = 0;
  for (const [field, cond] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(cond) && cond.every(isPlainObject)) {
      // The SDK sends `_.gte(a).and(_.lt(b))` as $and of single-field conditions: plan on their union.
      for (const part of cond.map((c) => analyse(c as Doc))) {
        part.eq.forEach((v, f) => eq.set(f, v));
        part.ranges.forEach((r, f) => ranges.set(f, [...(ranges.get(f) ?? []), ...r]));
        other += part.other;
      }
    } else if (field.startsWith('$')) other++;
    else if (isScalar(cond)) eq.set(field, cond);
    else if (
      isPlainObject(cond) &&
      Object.keys(cond).length > 0 &&
      Object.entries(cond).every(([op, v]) => (op === '$eq' || RANGE_OPS.has(op)) && isScalar(v))
    ) {
      for (const [op, v] of Object.entries(cond)) {
        if (op === '$eq') eq.set(field, v);
        else ranges.set(field, [...(ranges.get(field) ?? []), [op as RangeOp, v]]);
      }
    } else other++;
  }
  return { eq, ranges, other };
}

/**
 * Picks the index whose leading fields are the query's equalities and whose following fields
 * match the sort (in either direction); else a scan. A range on the next field narrows the walk.
 */
function planFor(coll: Collection, query: Doc, order: Order): Plan {
  const cond = analyse(query);
  if (cond.eq.has('_id')) return { kind: 'keys', keys: [idKey(cond.eq.get('_id'))] };
  let best: { score: number; plan: Plan } = { score: 0, plan: { kind: 'scan' } };
  for (const index of coll.indexes) {
    if (!index.usable) continue;
    const fields = index.fields;
    let p = 0;
    while (p < fields.length && cond.eq.has(fields[p].field)) p++;
    const prefixFields = new Set(fields.slice(0, p).map((f) => f.field));
    const rest = order.filter(([f]) => !prefixFields.has(f));
    const fits = (sign: 1 | -1): boolean =>
      p + rest.length <= fields.length &&
      rest.every(([f, d], i) => fields[p + i].field === f && fields[p + i].dir === d * sign);
    const ordered = fits(1) ? 'forward' : fits(-1) ? 'reverse' : null;
    const rangeField = p < fields.length ? fields[p].field : undefined;
    const bounds = rangeField === undefined ? undefined : cond.ranges.get(rangeField);
    const score = p * 4 + (bounds ? 2 : 0) + (ordered && order.length ? 1 : 0);
    if (score <= best.score) continue;
    let [start, end] = index.prefixRange(fields.slice(0, p).map((f) => cond.eq.get(f.field)));
    for (const [op, v] of bounds ?? []) [start, end] = index.narrow(start, end, p, op, v);
    const covered =
      !bounds && cond.other === 0 && cond.ranges.size === 0 && cond.eq.size === prefixFields.size;
    best = { score, plan: { kind: 'index', index, start, end, ordered, covered } };
  }
  return best.plan;
}
