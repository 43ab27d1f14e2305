import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The environment variables a cloud environment's console would hold for the functions
 * (secrets never live in code or config.json). Each key has one purpose: sealing is not
 * hashing, so a leak of one does not open the other. Locally they are generated once per data
 * folder and kept beside the data, so the data stays readable across restarts; a value set in
 * this process's environment wins.
 */
export interface FunctionSecrets {
  /** member: seals ID and phone numbers (AES-256-GCM). */
  MEMBER_DATA_KEY: string;
  /** member: keys the hash behind the roster's one-entry-per-ID-number index. */
  MEMBER_HASH_KEY: string;
  /** points: keys the pseudonyms of members hidden from rankings. */
  POINTS_PSEUDONYM_KEY: string;
  /** mailbox: keys letter ids, ticket lookups and the writers' daily counters. */
  MAILBOX_KEY: string;
  /** activity: keys the sign-in codes of activities (docs/domain.md §2.9). */
  ACTIVITY_CODE_KEY: string;
}

const NAMES: (keyof FunctionSecrets)[] = [
  'MEMBER_DATA_KEY',
  'MEMBER_HASH_KEY',
  'POINTS_PSEUDONYM_KEY',
  'MAILBOX_KEY',
  'ACTIVITY_CODE_KEY',
];

export function loadSecrets(dir: string): FunctionSecrets {
  const file = join(dir, 'secrets.json');
  const stored: Partial<FunctionSecrets> = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {};
  const secrets = {} as FunctionSecrets;
  for (const name of NAMES) {
    secrets[name] = process.env[name] ?? stored[name] ?? randomBytes(32).toString('base64');
  }
  if (NAMES.some((name) => !stored[name] && !process.env[name])) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
