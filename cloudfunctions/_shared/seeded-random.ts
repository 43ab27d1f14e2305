/**
 * mulberry32: a seeded pseudo-random sequence, small, fast and well spread; not for secrets.
 * Written here because a draw needs only these few lines, the same in every function and in the
 * demo seed: a member's paper comes out the same on every retry, the demo enterprise the same
 * on every start.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
