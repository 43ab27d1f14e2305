import type { Doc } from './ejson';
import { SortedIndex, type SortedIndexSpec } from './sorted-index';

/**
 * An index declaration, as a provisioning step hands it over: fields ascending (1) or descending
 * (-1), leftmost first, or a `2dsphere` key for geo queries (docs/cloudbase-protocol.md §2.12).
 */
export interface IndexSpec {
  name: string;
  keys: Record<string, 1 | -1 | '2dsphere'>;
  unique?: boolean;
}

/** One collection in memory: documents by `_id` key, their indexes and per-document versions. */
export class Collection {
  readonly docs = new Map<string, Doc>();
  readonly indexes: SortedIndex[] = [];
  /** Fields under a declared `2dsphere` index: what near queries may use. */
  readonly geoFields: string[] = [];
  /** Bumped on every write of a key (also deletes), so a transaction can tell if someone else wrote it. */
  private readonly versions = new Map<string, number>();

  constructor(readonly name: string) {}

  version(key: string): number {
    return this.versions.get(key) ?? 0;
  }

  ensureIndex(spec: IndexSpec): void {
    const geo = Object.entries(spec.keys).filter(([, kind]) => kind === '2dsphere');
    if (geo.length) {
      for (const [field] of geo) if (!this.geoFields.includes(field)) this.geoFields.push(field);
      return;
    }
    if (this.indexes.some((i) => i.name === spec.name)) return;
    const index = new SortedIndex(spec as SortedIndexSpec);
    index.addMany(this.docs.entries());
    this.indexes.push(index);
  }

  /** Loads documents read back from disk (no version bump, one sort and merge per index). */
  load(items: [string, Doc][]): void {
    for (const [key, doc] of items) this.docs.set(key, doc);
    for (const index of this.indexes) index.addMany(items);
  }

  /** Applies many writes; a big batch joins each index in one merge instead of one insert per document. */
  writeMany(items: { key: string; doc: Doc | undefined }[], version: () => number): void {
    if (items.length < 256) {
      for (const item of items) this.write(item.key, item.doc, version());
      return;
    }
    const added: [string, Doc][] = [];
    for (const { key, doc } of items) {
      const before = this.docs.get(key);
      if (before) for (const index of this.indexes) index.remove(key, before);
      if (doc) {
        this.docs.set(key, doc);
        added.push([key, doc]);
      } else {
        this.docs.delete(key);
      }
      this.versions.set(key, version());
    }
    for (const index of this.indexes) index.addMany(added);
  }

  write(key: string, doc: Doc | undefined, version: number): void {
    const before = this.docs.get(key);
    // A counter's update leaves most index keys as they were: those entries are not moved.
    for (const index of this.indexes) {
      if (before && doc && index.sameKey(before, doc)) continue;
      if (before) index.remove(key, before);
      if (doc) index.add(key, doc);
    }
    if (doc) this.docs.set(key, doc);
    else this.docs.delete(key);
    this.versions.set(key, version);
  }
}
