import { randomInt } from 'node:crypto';

/** Letters and digits nobody confuses when reading a code aloud (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 8;
export const INVITE_TTL_DAYS = 7;
/** Wrong codes allowed per WeChat user in any hour before binding is refused for a while. */
export const MAX_WRONG_TRIES_PER_HOUR = 5;

export function newInviteCode(): string {
  return Array.from(
    { length: INVITE_CODE_LENGTH },
    () => ALPHABET[randomInt(ALPHABET.length)],
  ).join('');
}

/** What people type: spaces and dashes dropped, any case. */
export function normaliseInviteCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** Wrong tries still counting against the user at `now`: those of the last hour. */
export function recentFailures(failures: Date[], now: Date): Date[] {
  return failures.filter((at) => now.getTime() - new Date(at).getTime() < 3600_000);
}
