import { Context, Query } from 'mingo';
import type { Options } from 'mingo/types';
import type { Collection } from './collection';
import { GEO_QUERY_OPERATORS, sampleDistinct } from './geo';
import { idKey, isPlainObject, type Doc } from './ejson';
import type { IndexEntry, IndexField, RangeOp, SortedIndex } from './sorted-index';

export type Order = [string, 1 | -1][];

export interface Window {
  order?: Order;
  offset?: number;
  limit?: number;
}

/** What a request's `$sample` stage runs as. */
export const SAMPLE_STAGE = '$sampleDistinct';

/**
 * mingo's operators plus the local cloud's: geo (docs/cloudbase-protocol.md §2.12) and `$sample`
 * without replacement, under its own name because mingo's operators win over added ones (§2.9).
 */
export const MINGO_OPTIONS: Partial<Options> = {
  idKey: '_id',
  scriptEnabled: false,
  context: Context.init({
    query: GEO_QUERY_OPERATORS,
    pipeline: { [SAMPLE_STAGE]: sampleDistinct },
  }),
};

const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte']);

/** Index positions [start, end). */
type Span = [number, number];

type Plan =
  | { kind: 'scan' }
  | { kind: 'keys'; keys: string[] }
  | {
      kind: 'index';
      index: SortedIndex;
      /** Disjoint spans in index order: one per equality prefix (several for an `$in`). */
      spans: Span[];
      /** Entries come out in the requested order (forward or reversed walk). */
      ordered: 'forward' | 'reverse' | null;
      /**
       * Each span holds one `$in` value and is ordered by the index fields from this position
       * on: the walk merges the spans on those fields. Null: spans follow each other.
       */
      merge: number | null;
      /** Every condition of the query is answered by the index spans: no per-document test. */
      covered: boolean;
    };

/**
 * Compiled queries by query object. A decoded request query is cached by its text (see
 * request-cache.ts), so the same query sent again reuses its compilation: mingo copies its whole
 * operator table into every new Query, the main cost of a small read.
 */
const compiled = new WeakMap<Doc, Query>();

/** Compiles a query (once per query object); mingo throws here on an unknown operator. */
export function compile(query: Doc): Query {
  let matcher = compiled.get(query);
  if (!matcher) {
    matcher = new Query(query, MINGO_OPTIONS);
    compiled.set(query, matcher);
  }
  return matcher;
}

/** The documents matching `query` in `order`, after `offset`, at most `limit`, as [key, doc]. */
export function select(coll: Collection, query: Doc, win: Window = {}): [string, Doc][] {
  const matcher = compile(query);
  const order = win.order ?? [];
  const offset = win.offset ?? 0;
  const limit = win.limit ?? Infinity;
  const plan = planFor(coll, query, order);
  if (plan.kind === 'index' && plan.ordered) {
    return walk(coll, plan, plan.ordered === 'reverse', matcher, offset, limit);
  }
  let candidates: Iterable<Doc>;
  if (plan.kind === 'keys') {
    candidates = plan.keys.flatMap((k): Doc[] => {
      const doc = coll.docs.get(k);
      return doc ? [doc] : [];
    });
  } else if (plan.kind === 'index') {
    candidates = docsOf(coll, plan.index, plan.spans);
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
  if (plan.kind === 'index' && plan.covered) {
    return plan.spans.reduce((n, [start, end]) => n + end - start, 0);
  }
  return select(coll, query).length;
}

function walk(
  coll: Collection,
  plan: { index: SortedIndex; spans: Span[]; covered: boolean; merge: number | null },
  reverse: boolean,
  matcher: Query,
  offset: number,
  limit: number,
): [string, Doc][] {
  const out: [string, Doc][] = [];
  let skip = offset;
  let spans = plan.spans;
  if (plan.covered && plan.merge === null) {
    // Every entry matches: the offset is position arithmetic.
    spans = dropFront(spans, skip, reverse);
    skip = 0;
  }
  for (const key of keysInOrder(plan.index, spans, reverse, plan.merge)) {
    if (out.length >= limit) break;
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

/** The spans without the first `n` entries of a walk in that direction. */
function dropFront(spans: Span[], n: number, reverse: boolean): Span[] {
  const out: Span[] = [];
  let left = n;
  for (let [start, end] of reverse ? [...spans].reverse() : spans) {
    const cut = Math.min(left, end - start);
    left -= cut;
    if (reverse) end -= cut;
    else start += cut;
    if (start < end) out.push([start, end]);
  }
  return reverse ? out.reverse() : out;
}

function* keysInOrder(
  index: SortedIndex,
  spans: Span[],
  reverse: boolean,
  merge: number | null,
): Generator<string> {
  if (merge === null) {
    for (const [start, end] of reverse ? [...spans].reverse() : spans) {
      yield* index.ids(start, end, reverse);
    }
    return;
  }
  // A k-way merge: few spans (one per `$in` value), so the smallest head is found by a scan.
  const sign = reverse ? -1 : 1;
  const heads: { rest: Iterator<IndexEntry>; entry: IndexEntry }[] = [];
  const advance = (rest: Iterator<IndexEntry>) => {
    const next = rest.next();
    return next.done ? undefined : { rest, entry: next.value };
  };
  for (const [start, end] of spans) {
    const head = advance(index.entriesIn(start, end, reverse));
    if (head) heads.push(head);
  }
  while (heads.length) {
    let min = 0;
    for (let i = 1; i < heads.length; i++) {
      if (sign * index.compareFrom(heads[i].entry, heads[min].entry, merge) < 0) min = i;
    }
    yield heads[min].entry.id;
    const next = advance(heads[min].rest);
    if (next) heads[min] = next;
    else heads.splice(min, 1);
  }
}

function docsOf(coll: Collection, index: SortedIndex, spans: Span[]): Doc[] {
  const docs: Doc[] = [];
  for (const [start, end] of spans) {
    for (const key of index.ids(start, end)) docs.push(coll.docs.get(key) as Doc);
  }
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
  /** `field: {$in: [scalars]}` with two or more values (one value is an equality). */
  ins: Map<string, unknown[]>;
  ranges: Map<string, [RangeOp, unknown][]>;
  /** Conditions that are none of these (they stop an index from covering the query). */
  other: number;
}

function analyse(query: Doc): Conditions {
  const cond: Conditions = { eq: new Map(), ins: new Map(), ranges: new Map(), other: 0 };
  // A field constrained twice (through $and) keeps one condition for planning; the matcher checks both.
  const setOnce = <V>(map: Map<string, V>, field: string, value: V) => {
    if (cond.eq.has(field) || cond.ins.has(field)) cond.other++;
    else map.set(field, value);
  };
  for (const [field, value] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(value) && value.every(isPlainObject)) {
      // The SDK sends `_.gte(a).and(_.lt(b))` as $and of single-field conditions: plan on their union.
      for (const part of value.map((c) => analyse(c as Doc))) {
        part.eq.forEach((v, f) => setOnce(cond.eq, f, v));
        part.ins.forEach((v, f) => setOnce(cond.ins, f, v));
        part.ranges.forEach((r, f) => cond.ranges.set(f, [...(cond.ranges.get(f) ?? []), ...r]));
        cond.other += part.other;
      }
    } else if (field.startsWith('$')) cond.other++;
    else if (isScalar(value)) setOnce(cond.eq, field, value);
    else if (isInList(value)) {
      if (value.$in.length === 1) setOnce(cond.eq, field, value.$in[0]);
      else setOnce(cond.ins, field, value.$in);
    } else if (
      isPlainObject(value) &&
      Object.keys(value).length > 0 &&
      Object.entries(value).every(([op, v]) => (op === '$eq' || RANGE_OPS.has(op)) && isScalar(v))
    ) {
      for (const [op, v] of Object.entries(value)) {
        if (op === '$eq') setOnce(cond.eq, field, v);
        else cond.ranges.set(field, [...(cond.ranges.get(field) ?? []), [op as RangeOp, v]]);
      }
    } else cond.other++;
  }
  return cond;
}

function isInList(value: unknown): value is { $in: unknown[] } {
  return (
    isPlainObject(value) &&
    Object.keys(value).length === 1 &&
    Array.isArray(value.$in) &&
    value.$in.every(isScalar)
  );
}

/**
 * Picks the index whose leading fields are the query's equalities (at most one of them an `$in`,
 * served as one span per value) and whose following fields match the sort (in either
 * direction); else a scan. A range on the next field narrows each span.
 */
function planFor(coll: Collection, query: Doc, order: Order): Plan {
  const cond = analyse(query);
  if (cond.eq.has('_id')) return { kind: 'keys', keys: [idKey(cond.eq.get('_id'))] };
  const ids = cond.ins.get('_id');
  if (ids) return { kind: 'keys', keys: [...new Set(ids.map(idKey))] };
  let best: { score: number; plan: Plan } = { score: 0, plan: { kind: 'scan' } };
  for (const index of coll.indexes) {
    if (!index.usable) continue;
    const fields = index.fields;
    let q = 0;
    let inAt = -1;
    for (; q < fields.length; q++) {
      if (cond.eq.has(fields[q].field)) continue;
      if (inAt < 0 && cond.ins.has(fields[q].field)) inAt = q;
      else break;
    }
    const fixed = new Set(fields.slice(0, q).map((f) => f.field));
    if (inAt >= 0) fixed.delete(fields[inAt].field);
    // Over spans taken in index order, entries are sorted by the fields not fixed by an equality.
    const free = fields.filter((_, i) => i >= q || i === inAt);
    const rest = order.filter(([f]) => !fixed.has(f));
    const direction = (cols: IndexField[]): 'forward' | 'reverse' | null => {
      const fits = (sign: 1 | -1): boolean =>
        rest.length <= cols.length &&
        rest.every(([f, d], i) => cols[i].field === f && cols[i].dir === d * sign);
      return fits(1) ? 'forward' : fits(-1) ? 'reverse' : null;
    };
    let ordered = direction(free);
    let merge: number | null = null;
    if (!ordered && inAt >= 0) {
      // Sorted by the fields after the `$in` one: each value's span is, so merge them.
      ordered = direction(free.slice(1));
      if (ordered) merge = q;
    }
    const rangeField = q < fields.length ? fields[q].field : undefined;
    const bounds = rangeField === undefined ? undefined : cond.ranges.get(rangeField);
    const score =
      fixed.size * 4 + (inAt >= 0 ? 3 : 0) + (bounds ? 2 : 0) + (ordered && order.length ? 1 : 0);
    if (score <= best.score) continue;
    const spans = prefixes(fields.slice(0, q), cond, inAt)
      .map((prefix) => {
        let span = index.prefixRange(prefix);
        for (const [op, v] of bounds ?? []) span = index.narrow(span[0], span[1], q, op, v);
        return span;
      })
      .filter(([start, end]) => start < end)
      .sort((a, b) => a[0] - b[0])
      .filter((span, i, all) => i === 0 || span[0] !== all[i - 1][0]);
    const covered =
      !bounds &&
      cond.other === 0 &&
      cond.ranges.size === 0 &&
      cond.eq.size === fixed.size &&
      cond.ins.size === (inAt >= 0 ? 1 : 0);
    best = { score, plan: { kind: 'index', index, spans, ordered, merge, covered } };
  }
  return best.plan;
}

/** The index key prefixes to look up: one, or one per `$in` value at position `inAt`. */
function prefixes(fields: IndexField[], cond: Conditions, inAt: number): unknown[][] {
  const base = fields.map((f) => cond.eq.get(f.field));
  if (inAt < 0) return [base];
  return (cond.ins.get(fields[inAt].field) ?? []).map((v) => base.with(inAt, v));
}
