import { ChunkedList } from '../../emulator/db/chunked-list';

const byNumber = (a: number, b: number) => a - b;

/** A small deterministic generator, so a failure replays. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function firstAtLeast(sorted: number[], v: number, lo = 0, hi = sorted.length): number {
  for (let i = lo; i < hi; i++) if (sorted[i] >= v) return i;
  return hi;
}

/** Every answer of the chunked list checked against a plain sorted array. */
describe('chunked sorted list', () => {
  it('matches a sorted array through inserts and deletes across many chunks', () => {
    const rnd = random(7);
    const list = new ChunkedList<number>(byNumber);
    const plain: number[] = [];
    const check = () => {
      expect(list.size).toBe(plain.length);
      expect([...list.values(0, list.size)]).toEqual(plain);
      expect([...list.values(0, list.size, true)]).toEqual([...plain].reverse());
    };
    for (let i = 0; i < 6000; i++) {
      const v = Math.floor(rnd() * 3000);
      list.insert(v);
      plain.splice(firstAtLeast(plain, v + 1), 0, v);
    }
    check();
    for (let i = 0; i < 5500; i++) {
      const pos = Math.floor(rnd() * plain.length);
      expect(list.at(pos)).toBe(plain[pos]);
      list.removeAt(pos);
      plain.splice(pos, 1);
    }
    check();
    for (let i = 0; i < 3000; i++) {
      const v = Math.floor(rnd() * 3000);
      list.insert(v);
      plain.splice(firstAtLeast(plain, v + 1), 0, v);
    }
    check();
  });

  it('searches, slices and walks any span the way the array does', () => {
    const rnd = random(11);
    const list = new ChunkedList<number>(byNumber);
    const plain = Array.from({ length: 5000 }, () => Math.floor(rnd() * 10_000)).sort(byNumber);
    list.insertMany(plain);
    for (let i = 0; i < 300; i++) {
      const lo = Math.floor(rnd() * plain.length);
      const hi = lo + Math.floor(rnd() * (plain.length - lo + 1));
      const v = Math.floor(rnd() * 10_000);
      expect(list.search((e) => e >= v, lo, hi)).toBe(firstAtLeast(plain, v, lo, hi));
      expect([...list.values(lo, hi)]).toEqual(plain.slice(lo, hi));
      expect([...list.values(lo, hi, true)]).toEqual(plain.slice(lo, hi).reverse());
    }
    expect(list.search(() => false)).toBe(plain.length);
    expect(list.search(() => true)).toBe(0);
  });

  it('merges a large batch into existing entries and inserts a small one in place', () => {
    const list = new ChunkedList<number>(byNumber);
    const evens = Array.from({ length: 4000 }, (_, i) => i * 2);
    list.insertMany(evens);
    const odds = Array.from({ length: 4000 }, (_, i) => 7999 - i * 2);
    list.insertMany(odds);
    expect([...list.values(0, list.size)]).toEqual(Array.from({ length: 8000 }, (_, i) => i));
    list.insertMany([-1, 8000, 4000.5]);
    expect(list.size).toBe(8003);
    expect(list.at(0)).toBe(-1);
    expect(list.at(4002)).toBe(4000.5);
    expect(list.at(8002)).toBe(8000);
    const before = [...list.values(0, list.size)];
    for (let pos = list.size - 1; pos >= 0; pos -= 2) list.removeAt(pos);
    expect([...list.values(0, list.size)]).toEqual(before.filter((_, i) => i % 2 === 1));
    while (list.size) list.removeAt(0);
    expect([...list.values(0, 0)]).toEqual([]);
    list.insert(5);
    expect(list.at(0)).toBe(5);
  });
});
