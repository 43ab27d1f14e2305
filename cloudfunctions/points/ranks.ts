/** Standard competition ranking (1, 2, 2, 4): equal scores share a rank, input sorted best first. */
export function competitionRanks<T>(sorted: T[], score: (item: T) => number): number[] {
  return sorted.map((item, i) => {
    let first = i;
    while (first > 0 && score(sorted[first - 1]) === score(item)) first--;
    return first + 1;
  });
}
