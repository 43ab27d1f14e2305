import type { TagPick } from '../../../typings/documents';
import { seededRandom } from '../../_shared/seeded-random';

/**
 * Deterministic draws: the same seed gives the same order, so a member's paper or daily quiz is
 * the same on every device and every retry, without storing a draw per request.
 */

function hashOf(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const randomFrom = (seed: string) => seededRandom(hashOf(seed));

/** `items` in an order fixed by `seed` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = randomFrom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** How many questions a daily quiz has (docs/domain.md §7.8). */
export const DAILY_QUIZ_SIZE = 5;

/** A member's daily quiz: the same questions all day, another draw the next day. */
export function dailyPick(ids: readonly string[], memberId: string, date: string): string[] {
  return shuffled([...ids].sort(), `${memberId}|${date}`).slice(0, DAILY_QUIZ_SIZE);
}

/** Question ids by tag: every question of the bank carrying the tag (a question may carry several). */
export type TagPools = Readonly<Record<string, readonly string[]>>;

/**
 * A paper drawn by tag for one attempt (docs/domain.md §7.7): `count` questions from each tag in
 * the order the picks are listed, none twice (a question carrying two tags counts for the first
 * pick that draws it), then the whole paper shuffled. The same seed draws the same paper; a pool
 * that has shrunk since the exam was saved gives what it has.
 */
export function drawByTags(picks: readonly TagPick[], pools: TagPools, seed: string): string[] {
  const taken = new Set<string>();
  for (const { tag, count } of picks) {
    const free = [...(pools[tag] ?? [])].sort().filter((id) => !taken.has(id));
    for (const id of shuffled(free, `${seed}|${tag}`).slice(0, count)) taken.add(id);
  }
  return shuffled([...taken].sort(), seed);
}

/** A pick seals this many of its tag's questions for each it draws (docs/domain.md §7.11). */
export const SEALED_PER_DRAWN = 5;

/**
 * The pools an exam drawn by tag seals at publication (docs/domain.md §7.11): for each pick, up
 * to SEALED_PER_DRAWN × count of its tag's questions that no earlier pick sealed, chosen by
 * `seed`. The pools are disjoint, and none is smaller than its count where shortPicks finds no
 * pick short, so every attempt's draw fills every pick.
 */
export function sealedPools(
  picks: readonly TagPick[],
  pools: TagPools,
  seed: string,
): Record<string, string[]> {
  const sealed = new Set<string>();
  const out: Record<string, string[]> = {};
  for (const { tag, count } of picks) {
    const free = [...new Set(pools[tag] ?? [])].sort().filter((id) => !sealed.has(id));
    const kept = shuffled(free, `${seed}|${tag}`).slice(0, count * SEALED_PER_DRAWN);
    for (const id of kept) sealed.add(id);
    out[tag] = kept.sort();
  }
  return out;
}

/**
 * The picks a bank cannot always fill: a pick is sure to be filled by the questions of its tag
 * that no earlier pick can draw, whatever those earlier draws are.
 */
export function shortPicks(
  picks: readonly TagPick[],
  pools: TagPools,
): (TagPick & { available: number })[] {
  const earlier = new Set<string>();
  const short: (TagPick & { available: number })[] = [];
  for (const pick of picks) {
    const pool = pools[pick.tag] ?? [];
    const available = new Set(pool.filter((id) => !earlier.has(id))).size;
    if (available < pick.count) short.push({ ...pick, available });
    for (const id of pool) earlier.add(id);
  }
  return short;
}
