import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** Seven fields: second minute hour day month weekday year, in UTC+8. */
  config: string;
}

export interface FunctionConfig {
  /** Seconds; the platform default is 3. */
  timeout: number;
  triggers: TimerTrigger[];
}

const DEFAULT_TIMEOUT_S = 3;

/** The built function `name` in `dir`, if there is one (a subfolder with index.js); no dir, no functions. */
export function functionFile(dir: string | undefined, name: string): string | undefined {
  if (!dir || !/^[A-Za-z0-9_-]+$/.test(name)) return undefined;
  const file = join(dir, name, 'index.js');
  return existsSync(file) ? file : undefined;
}

export function listFunctions(dir: string | undefined): string[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && functionFile(dir, e.name))
    .map((e) => e.name);
}

export function readConfig(dir: string | undefined, name: string): FunctionConfig {
  const file = dir && join(dir, name, 'config.json');
  const raw: { timeout?: unknown; triggers?: unknown } =
    file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const timeout =
    typeof raw.timeout === 'number' && raw.timeout > 0 ? raw.timeout : DEFAULT_TIMEOUT_S;
  const triggers = Array.isArray(raw.triggers)
    ? (raw.triggers as TimerTrigger[]).filter(
        (t) => t?.type === 'timer' && typeof t.config === 'string',
      )
    : [];
  return { timeout, triggers };
}
