/** Reading time stops counting here: a page left open is not study. */
export const READING_CAP_SECONDS = 600;
/** From this much reading time on, an open counts as real reading (the points rule rewards it). */
export const QUALIFYING_SECONDS = 30;

/**
 * The reading time to store after a heartbeat: the page's report is trusted only up to the
 * wall-clock time since the article was opened and the cap, and time never goes backwards.
 */
export function creditedSeconds(
  stored: number,
  reported: number,
  openedAt: Date,
  now: Date,
): number {
  const sinceOpen = Math.floor((now.getTime() - openedAt.getTime()) / 1000);
  return Math.max(stored, Math.min(READING_CAP_SECONDS, stored + reported, sinceOpen));
}
