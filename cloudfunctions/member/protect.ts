import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { AppError } from '../_shared/errors';

/**
 * ID and phone numbers are stored sealed with AES-256-GCM under a key from the function's
 * configuration (environment variable MEMBER_DATA_KEY, 32 bytes in base64), never in code.
 * The ID-number index is keyed by a second secret (MEMBER_HASH_KEY): one key, one purpose, so
 * a leak of either does not open the other.
 */
const VERSION = 'v1';

function configuredKey(name: string, missing: string): Buffer {
  const key = Buffer.from(process.env[name] ?? '', 'base64');
  if (key.length !== 32) throw new AppError('INTERNAL', missing);
  return key;
}

export function dataKey(): Buffer {
  return configuredKey('MEMBER_DATA_KEY', '服务端未配置党员信息加密密钥');
}

export function hashKey(): Buffer {
  return configuredKey('MEMBER_HASH_KEY', '服务端未配置身份证号码索引密钥');
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
export function idNumberKey(idNumber: string | null, memberId: string, key = hashKey()): string {
  if (!idNumber) return `${NO_NUMBER}${memberId}`;
  return createHmac('sha256', key).update(idNumber).digest('base64url');
}
