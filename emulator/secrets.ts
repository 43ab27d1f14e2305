import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The environment variables a cloud environment's console would hold for each function (secrets
 * never live in code or config.json): function name → the names of the variables it is given.
 */
export type SecretsOf<S extends string = string> = Record<string, readonly S[]>;

/**
 * The value of every secret named in `secretsOf`: 32 random bytes in base64, generated once per
 * data folder and kept beside the data in `secrets.json` (mode 0600), so the data stays readable
 * across restarts; a value set in this process's environment wins.
 */
export function loadSecrets<S extends string>(
  dir: string,
  secretsOf: SecretsOf<S>,
): Record<S, string> {
  const names = [...new Set(Object.values(secretsOf).flat())];
  const file = join(dir, 'secrets.json');
  const stored: Partial<Record<S, string>> = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {};
  const secrets = {} as Record<S, string>;
  for (const name of names) {
    secrets[name] = process.env[name] ?? stored[name] ?? randomBytes(32).toString('base64');
  }
  if (names.some((name) => !stored[name] && !process.env[name])) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}

/**
 * The variables function `name` is given: its own secrets, and every other secret named as
 * null (unset), so none leaks in from the local cloud's own environment.
 */
export function secretsFor<S extends string>(
  name: string,
  secretsOf: SecretsOf<S>,
  secrets: Record<S, string>,
): Record<string, string | null> {
  const own = secretsOf[name] ?? [];
  return Object.fromEntries(
    (Object.keys(secrets) as S[]).map((key) => [key, own.includes(key) ? secrets[key] : null]),
  );
}
