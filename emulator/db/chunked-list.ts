/** Most entries in one chunk: a splice moves at most this many, and chunk lookups stay short. */
const MAX_CHUNK = 1024;
/** A chunk this small after a delete is merged into its neighbour, so chunks stay few. */
const MIN_CHUNK = MAX_CHUNK / 4;

/**
 * A sorted list as a run of sorted chunks of at most MAX_CHUNK entries, with each chunk's
 * starting position kept so an entry is found by position as well as by order. Insert and
 * delete splice one chunk and shift the chunk starts: cheap at millions of entries, where one
 * big array moves half of them per write. Positions count entries before, so a range's size is
 * a subtraction and skipping an offset is arithmetic.
 *
 * Hand-written because the tree libraries on npm (sorted-btree, functional-red-black-tree's
 * successors) do not keep subtree sizes: counting a range or skipping an offset would walk it.
 */
export class ChunkedList<T> {
  private chunks: T[][] = [];
  /** starts[c] is the position of chunks[c][0]. */
  private starts: number[] = [];
  private length = 0;

  constructor(private readonly cmp: (a: T, b: T) => number) {}

  get size(): number {
    return this.length;
  }

  at(pos: number): T {
    const c = this.chunkAt(pos);
    return this.chunks[c][pos - this.starts[c]];
  }

  /** First position in [lo, hi) where `pred`, monotone over that span, turns true (hi when never). */
  search(pred: (item: T) => boolean, lo = 0, hi = this.length): number {
    if (lo >= hi) return hi;
    let c = this.chunkAt(lo);
    let last = this.chunkAt(hi - 1);
    // Every chunk before `last` ends inside [lo, hi): its last entry tells which side it is on.
    while (c < last) {
      const mid = (c + last) >>> 1;
      const chunk = this.chunks[mid];
      if (pred(chunk[chunk.length - 1])) last = mid;
      else c = mid + 1;
    }
    const chunk = this.chunks[c];
    const base = this.starts[c];
    let a = Math.max(lo, base) - base;
    let b = Math.min(hi, base + chunk.length) - base;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (pred(chunk[mid])) b = mid;
      else a = mid + 1;
    }
    return base + a;
  }

  /** Inserts after every entry that compares equal; returns its position. */
  insert(item: T): number {
    const pos = this.search((e) => this.cmp(e, item) > 0);
    if (!this.chunks.length) {
      this.chunks.push([item]);
      this.starts.push(0);
      this.length = 1;
      return 0;
    }
    const c = pos === this.length ? this.chunks.length - 1 : this.chunkAt(pos);
    const chunk = this.chunks[c];
    chunk.splice(pos - this.starts[c], 0, item);
    this.shift(c + 1, 1);
    if (chunk.length > MAX_CHUNK) {
      const half = chunk.length >>> 1;
      this.chunks.splice(c + 1, 0, chunk.splice(half));
      this.starts.splice(c + 1, 0, this.starts[c] + half);
    }
    return pos;
  }

  removeAt(pos: number): void {
    const c = this.chunkAt(pos);
    const chunk = this.chunks[c];
    chunk.splice(pos - this.starts[c], 1);
    this.shift(c + 1, -1);
    if (!chunk.length) {
      this.chunks.splice(c, 1);
      this.starts.splice(c, 1);
    } else if (chunk.length < MIN_CHUNK && c + 1 < this.chunks.length) {
      const next = this.chunks[c + 1];
      if (chunk.length + next.length <= MAX_CHUNK) {
        this.chunks[c] = chunk.concat(next);
        this.chunks.splice(c + 1, 1);
        this.starts.splice(c + 1, 1);
      }
    }
  }

  /** Adds many entries: one at a time when few, else one merge and a rebuild of the chunks. */
  insertMany(items: T[]): void {
    if (items.length * 16 < this.length) {
      for (const item of items) this.insert(item);
      return;
    }
    const added = [...items].sort(this.cmp);
    const merged: T[] = new Array<T>(this.length + added.length);
    let j = 0;
    let k = 0;
    for (const item of this.values(0, this.length)) {
      while (j < added.length && this.cmp(added[j], item) < 0) merged[k++] = added[j++];
      merged[k++] = item;
    }
    while (j < added.length) merged[k++] = added[j++];
    this.rebuild(merged);
  }

  /** The entries at positions [start, end), forward or backward. */
  *values(start: number, end: number, reverse = false): Generator<T> {
    if (start >= end) return;
    if (reverse) {
      let c = this.chunkAt(end - 1);
      let i = end - 1 - this.starts[c];
      for (let pos = end - 1; pos >= start; pos--) {
        yield this.chunks[c][i];
        if (--i < 0 && c > 0) i = this.chunks[--c].length - 1;
      }
      return;
    }
    let c = this.chunkAt(start);
    let i = start - this.starts[c];
    for (let pos = start; pos < end; pos++) {
      yield this.chunks[c][i];
      if (++i === this.chunks[c].length) {
        c++;
        i = 0;
      }
    }
  }

  private rebuild(sorted: T[]): void {
    this.chunks = [];
    this.starts = [];
    // Chunks start half full, so the next inserts split rarely.
    const fill = MAX_CHUNK >>> 1;
    for (let at = 0; at < sorted.length; at += fill) {
      this.chunks.push(sorted.slice(at, at + fill));
      this.starts.push(at);
    }
    this.length = sorted.length;
  }

  private shift(from: number, by: number): void {
    for (let c = from; c < this.starts.length; c++) this.starts[c] += by;
    this.length += by;
  }

  /** The chunk holding position `pos` (0 ≤ pos < size). */
  private chunkAt(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
