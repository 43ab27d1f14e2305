import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { MAILBOX_LIMITS } from '../../typings/policy/mailbox';
import { AppError } from '../_shared/errors';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt cost: ~50 ms and 16 MB a try, so guessing tickets from a stolen database is slow. */
const SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const HASH_BYTES = 32;

function mailboxKey(): Buffer {
  const key = Buffer.from(process.env.MAILBOX_KEY ?? '', 'base64');
  // Without the key every keyed hash would be recomputable from the database alone.
  if (key.length < 32) throw new AppError('INTERNAL', '书记信箱尚未配置密钥，请联系管理员');
  return key;
}

/**
 * An HMAC under MAILBOX_KEY of a purpose and its parts: one holder of the database but not of
 * the key cannot recompute it from a member's OPENID, id or name (docs/domain.md §8.3). The demo
 * seed passes the key it generated; the function reads its environment.
 */
export function keyedWith(key: Buffer, purpose: string, ...parts: string[]): string {
  return createHmac('sha256', key)
    .update([purpose, ...parts].join('\0'))
    .digest('hex');
}

export const keyed = (purpose: string, ...parts: string[]) =>
  keyedWith(mailboxKey(), purpose, ...parts);

/** A letter's id: keyed by the writer's request, so a retried send finds the same letter. */
export const letterIdOf = (openid: string, requestId: string, key = mailboxKey()) =>
  keyedWith(key, 'letter', openid, requestId).slice(0, 32);

/**
 * The writer's ticket for an anonymous letter: 20 digits, derived under the key from the
 * writer's request (the client's random request id), so a retried send answers the same ticket
 * and the server keeps no copy of it.
 */
export function ticketOf(openid: string, requestId: string, key = mailboxKey()): string {
  const n = BigInt(`0x${keyedWith(key, 'ticket', openid, requestId)}`);
  return (n % 10n ** BigInt(MAILBOX_LIMITS.ticketDigits))
    .toString()
    .padStart(MAILBOX_LIMITS.ticketDigits, '0');
}

/** What the letter's lookup index holds: one indexed read finds the letter a ticket opens. */
export const ticketIndexOf = (ticket: string, key = mailboxKey()) =>
  keyedWith(key, 'ticket-index', ticket);

/** `N$salt$hash`: the slow salted hash a ticket is checked against. */
export async function hashTicket(ticket: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(ticket, salt, HASH_BYTES, SCRYPT);
  return `${SCRYPT.N}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Checks a ticket against its stored hash; without one, spends the same time and says no. */
export async function ticketMatches(ticket: string, stored: string | null): Promise<boolean> {
  const [n, salt, hash] = (stored ?? '').split('$');
  const expected = hash ? Buffer.from(hash, 'base64') : Buffer.alloc(HASH_BYTES);
  const actual = await scryptAsync(
    ticket,
    salt ? Buffer.from(salt, 'base64') : randomBytes(16),
    HASH_BYTES,
    { ...SCRYPT, N: Number(n) || SCRYPT.N },
  );
  return stored !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}
