import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { AppError } from '../_shared/errors';

/**
 * ID and phone numbers are stored sealed with AES-256-GCM under a key from the function's
 * configuration (environment variable MEMBER_DATA_KEY, 32 bytes in base64), never in code.
 */
const VERSION = 'v1';

export function dataKey(): Buffer {
  const key = Buffer.from(process.env.MEMBER_DATA_KEY ?? '', 'base64');
  if (key.length !== 32) throw new AppError('INTERNAL', '服务端未配置党员信息加密密钥');
  return key;
}

export function seal(plain: string, key = dataKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function unseal(sealed: string, key = dataKey()): string {
  const raw = Buffer.from(sealed.slice(VERSION.length + 1), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

const NO_NUMBER = 'none:';

/** Whether an ID key stands for a real number (and so can collide with another person's). */
export function isPersonKey(key: string): boolean {
  return !key.startsWith(NO_NUMBER);
}

/**
 * A keyed hash of the ID number for the unique index that refuses a second roster entry for
 * the same person; members without a number get a value unique to themselves.
 */
export function idNumberKey(idNumber: string | null, memberId: string, key = dataKey()): string {
  if (!idNumber) return `${NO_NUMBER}${memberId}`;
  return createHmac('sha256', key).update(idNumber).digest('base64url');
}
