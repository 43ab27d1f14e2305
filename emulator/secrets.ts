import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The environment variables a cloud environment's console would hold for the functions
 * (secrets never live in code or config.json). Locally they are generated once per data
 * folder and kept beside the data, so the data stays readable across restarts; a value set
 * in this process's environment wins.
 */
export interface FunctionSecrets {
  MEMBER_DATA_KEY: string;
}

export function loadSecrets(dir: string): FunctionSecrets {
  const file = join(dir, 'secrets.json');
  const stored: Partial<FunctionSecrets> = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {};
  const secrets: FunctionSecrets = {
    MEMBER_DATA_KEY:
      process.env.MEMBER_DATA_KEY ?? stored.MEMBER_DATA_KEY ?? randomBytes(32).toString('base64'),
  };
  if (!stored.MEMBER_DATA_KEY && !process.env.MEMBER_DATA_KEY) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
