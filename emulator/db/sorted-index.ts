import { compare, resolve } from 'mingo/util';
import { ChunkedList } from './chunked-list';
import type { Doc } from './ejson';

/** An ordered index: each field ascending (1) or descending (-1), leftmost first. */
export interface SortedIndexSpec {
  name: string;
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

export interface IndexEntry {
  key: unknown[];
  id: string;
}

export interface IndexField {
  field: string;
  dir: 1 | -1;
}

/**
 * A compound index as a chunked sorted list searched by binary search, addressed by position.
 * Written by hand because no library indexes mingo's in-memory collections; entries are ordered
 * with mingo's own `compare` so an index walk yields exactly mingo's sort order. Ties break on
 * the document key.
 */
export class SortedIndex {
  readonly name: string;
  readonly fields: IndexField[];
  readonly unique: boolean;
  private readonly entries = new ChunkedList<IndexEntry>((a, b) => this.cmpEntry(a, b));
  /** Documents holding an array in an indexed field: mingo matches arrays element-wise, which one key per document cannot answer. */
  private arrayDocs = 0;

  constructor(spec: SortedIndexSpec) {
    this.name = spec.name;
    this.fields = Object.entries(spec.keys).map(([field, dir]) => ({ field, dir }));
    this.unique = spec.unique ?? false;
  }

  get usable(): boolean {
    return this.arrayDocs === 0;
  }

  get size(): number {
    return this.entries.size;
  }

  keyOf(doc: Doc): unknown[] {
    return this.fields.map((f) => resolve(doc, f.field));
  }

  /** True when both documents have the same key in this index: a rewrite leaves the entry in place. */
  sameKey(a: Doc, b: Doc): boolean {
    return this.fields.every(({ field }) => {
      const x = resolve(a, field);
      const y = resolve(b, field);
      return !Array.isArray(x) && !Array.isArray(y) && compare(x, y) === 0;
    });
  }

  add(id: string, doc: Doc): void {
    this.entries.insert(this.entry(id, doc));
  }

  /** Adds many documents at once: a big batch is one sort and merge instead of one insert each. */
  addMany(items: Iterable<[string, Doc]>): void {
    const added: IndexEntry[] = [];
    for (const [id, doc] of items) added.push(this.entry(id, doc));
    this.entries.insertMany(added);
  }

  remove(id: string, doc: Doc): void {
    const entry = { key: this.keyOf(doc), id };
    const at = this.search((e) => this.cmpEntry(e, entry) >= 0);
    if (at < this.entries.size && this.entries.at(at).id === id) {
      this.entries.removeAt(at);
      if (entry.key.some(Array.isArray)) this.arrayDocs--;
    }
  }

  /** Keys of the documents whose whole index key equals `key` (unique checks). */
  idsWithKey(key: unknown[]): string[] {
    const [start, end] = this.prefixRange(key);
    return [...this.ids(start, end)];
  }

  /** [start, end) of the entries whose leading fields equal `prefix`. */
  prefixRange(prefix: unknown[]): [number, number] {
    const n = prefix.length;
    return [
      this.search((e) => this.cmpPrefix(e.key, prefix, n) >= 0),
      this.search((e) => this.cmpPrefix(e.key, prefix, n) > 0),
    ];
  }

  /**
   * Narrows [start, end) (entries sharing an equality prefix of length `at`) to those whose field
   * `at` satisfies `compare(value, bound) <op> 0`. Within the prefix that field is monotone in the
   * index direction, so each bound cuts one side.
   */
  narrow(start: number, end: number, at: number, op: RangeOp, bound: unknown): [number, number] {
    const dir = this.fields[at].dir;
    const lowerOp = op === '$gt' || op === '$gte';
    const holds = (e: IndexEntry): boolean => {
      const c = compare(e.key[at], bound);
      if (op === '$gt') return c > 0;
      if (op === '$gte') return c >= 0;
      if (op === '$lt') return c < 0;
      return c <= 0;
    };
    if (lowerOp === (dir === 1)) {
      return [this.search((e) => holds(e), start, end), end];
    }
    return [start, this.search((e) => !holds(e), start, end)];
  }

  /** Document keys at positions [start, end), in index order or reversed. */
  *ids(start: number, end: number, reverse = false): Generator<string> {
    for (const e of this.entries.values(start, end, reverse)) yield e.id;
  }

  /** Entries at positions [start, end), in index order or reversed. */
  entriesIn(start: number, end: number, reverse = false): Generator<IndexEntry> {
    return this.entries.values(start, end, reverse);
  }

  /** Index order of two entries on the fields from position `from` on, then the document key. */
  compareFrom(a: IndexEntry, b: IndexEntry, from: number): number {
    for (let i = from; i < this.fields.length; i++) {
      const c = compare(a.key[i], b.key[i]) * this.fields[i].dir;
      if (c !== 0) return c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  private entry(id: string, doc: Doc): IndexEntry {
    const key = this.keyOf(doc);
    if (key.some(Array.isArray)) this.arrayDocs++;
    return { key, id };
  }

  private cmpPrefix(key: unknown[], prefix: unknown[], n: number): number {
    for (let i = 0; i < n; i++) {
      const c = compare(key[i], prefix[i]) * this.fields[i].dir;
      if (c !== 0) return c;
    }
    return 0;
  }

  private cmpEntry(a: IndexEntry, b: IndexEntry): number {
    const c = this.cmpPrefix(a.key, b.key, this.fields.length);
    if (c !== 0) return c;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  /** First position in [lo, hi) where the monotone predicate turns true (hi when never). */
  private search(pred: (e: IndexEntry) => boolean, lo = 0, hi = this.entries.size): number {
    return this.entries.search(pred, lo, hi);
  }
}

export type RangeOp = '$gt' | '$gte' | '$lt' | '$lte';
