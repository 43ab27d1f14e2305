/** Standard competition ranking (1, 2, 2, 4): equal scores share a rank, input sorted best first. */
export function competitionRanks<T>(sorted: T[], score: (item: T) => number): number[] {
  const ranks: number[] = [];
  sorted.forEach((item, i) => {
    ranks.push(i > 0 && score(sorted[i - 1]) === score(item) ? ranks[i - 1] : i + 1);
  });
  return ranks;
}
