import { createHash } from 'node:crypto';

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * How a member who did not opt in appears in a ranking: 党员A12. Stable for a year, so a
 * ranking reads consistently, and unrelated to the member's id or name.
 */
export function pseudonym(memberId: string, year: number): string {
  const hash = createHash('sha256').update(`${memberId}:${year}`).digest();
  return `党员${LETTERS[hash[0] % LETTERS.length]}${String(hash.readUInt16BE(1) % 100).padStart(2, '0')}`;
}
