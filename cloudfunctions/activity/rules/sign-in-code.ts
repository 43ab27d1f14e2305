import { createHmac } from 'node:crypto';

/** The code changes every 30 seconds (docs/domain.md §2.9). */
export const CODE_WINDOW_MS = 30_000;
/** Sign-in opens this long before the start and closes this long after the end. */
export const SIGN_IN_MARGIN_MS = 30 * 60_000;

export const windowOf = (ms: number) => Math.floor(ms / CODE_WINDOW_MS);

/** The 6-digit code of one activity in one 30-second window: HMAC under the server's key. */
export function codeFor(key: Buffer, activityId: string, window: number): string {
  const hash = createHmac('sha256', key).update(`${activityId}:${window}`).digest();
  return String(hash.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/** The code of the current window or of the one before it (read aloud as it changed). */
export function codeAccepted(
  key: Buffer,
  activityId: string,
  code: string,
  nowMs: number,
): boolean {
  const current = windowOf(nowMs);
  return [current, current - 1].some((w) => codeFor(key, activityId, w) === code);
}

export function signInOpen(startsAt: Date, endsAt: Date, nowMs: number): boolean {
  return (
    nowMs >= startsAt.getTime() - SIGN_IN_MARGIN_MS && nowMs <= endsAt.getTime() + SIGN_IN_MARGIN_MS
  );
}
