import { randomBytes } from 'node:crypto';

/** A document id in the shape the cloud database generates: 32 hex characters. */
export function newId(): string {
  return randomBytes(16).toString('hex');
}
