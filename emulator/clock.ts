/**
 * The local cloud's one clock (docs/cloudbase-protocol.md §4.5): the time its functions see
 * (through `LOCAL_CLOCK_STOPPED_AT_MS` or `LOCAL_CLOCK_OFFSET_MS`), the database's server date, and what storage and openapi
 * stamp. It runs on real time until a test sets it; then it stands still at that instant until
 * advanced, set again or released.
 */
export interface LocalClock {
  /** The local cloud's current instant. */
  now(): Date;
  /** The same, in ms since the epoch. */
  nowMs(): number;
  /** Stops time at `instant` (a Date, ms, or an ISO text with its offset, e.g. `2026-12-06T23:59:59+08:00`). */
  set(instant: Date | number | string): void;
  /** Moves time forward by `ms`: a stopped clock stays stopped at the later instant, a running one runs ahead. */
  advance(ms: number): void;
  /** Back to real time. */
  release(): void;
  /** Whether time stands still. */
  readonly frozen: boolean;
}

export function createClock(start?: Date | number | string): LocalClock {
  /** A stopped clock's instant, or null while time runs. */
  let stoppedAt: number | null = null;
  /** How far a running clock is ahead of the machine's. */
  let ahead = 0;

  const clock: LocalClock = {
    now: () => new Date(clock.nowMs()),
    nowMs: () => stoppedAt ?? Date.now() + ahead,
    set(instant) {
      stoppedAt = instantMs(instant);
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance takes ms ≥ 0, not ${ms}`);
      if (stoppedAt === null) ahead += ms;
      else stoppedAt += ms;
    },
    release() {
      stoppedAt = null;
      ahead = 0;
    },
    get frozen() {
      return stoppedAt !== null;
    },
  };
  if (start !== undefined) clock.set(start);
  return clock;
}

function instantMs(instant: Date | number | string): number {
  const ms = instant instanceof Date ? instant.getTime() : new Date(instant).getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  if (typeof instant === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/i.test(instant))
    throw new RangeError(`an instant needs its offset (Z or +08:00): ${instant}`);
  return ms;
}
