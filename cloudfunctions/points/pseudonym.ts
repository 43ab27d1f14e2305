import { createHmac } from 'node:crypto';
import { AppError } from '../_shared/errors';

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * The key behind pseudonyms, from the function's configuration (environment variable
 * POINTS_PSEUDONYM_KEY, 32 bytes in base64), never in code: member ids are on the roster any
 * member reads, so a hash of id and year alone would name every hidden member.
 */
export function pseudonymKey(): Buffer {
  const key = Buffer.from(process.env.POINTS_PSEUDONYM_KEY ?? '', 'base64');
  if (key.length !== 32) throw new AppError('INTERNAL', '服务端未配置积分排行匿名密钥');
  return key;
}

/**
 * How a member who did not opt in appears in a ranking: 党员A12. Stable for a year, so a
 * ranking reads consistently, and without the server's key unrelated to the member's id or name.
 */
export function pseudonym(memberId: string, year: number, key = pseudonymKey()): string {
  const hash = createHmac('sha256', key).update(`${memberId}:${year}`).digest();
  return `党员${LETTERS[hash[0] % LETTERS.length]}${String(hash.readUInt16BE(1) % 100).padStart(2, '0')}`;
}
