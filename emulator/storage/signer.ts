import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Signer {
  /** The `sign` of a download link for `cloudPath` valid until `expiresAt` (unix seconds). */
  downloadSign(cloudPath: string, expiresAt: number): string;
  matches(expected: string, given: string | undefined): boolean;
}

/**
 * HMAC signing with a key kept in `keyFile`, so links handed out before a restart of the local
 * cloud keep working until they expire, as real temporary links do.
 */
export function createSigner(keyFile: string): Signer {
  const key = loadOrCreateKey(keyFile);
  const hmac = (text: string) => createHmac('sha256', key).update(text).digest('hex');
  return {
    downloadSign: (cloudPath, expiresAt) => hmac(`get\n${cloudPath}\n${expiresAt}`),
    matches(expected, given) {
      if (given === undefined || given.length !== expected.length) return false;
      return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
    },
  };
}

function loadOrCreateKey(keyFile: string): Buffer {
  if (existsSync(keyFile)) return readFileSync(keyFile);
  mkdirSync(dirname(keyFile), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(keyFile, key, { mode: 0o600 });
  return key;
}
