/**
 * What each build was made from, so `npm start` rebuilds only what changed. A stamp records the
 * content hash of every input and of the outputs the build wrote: a build is current while its
 * outputs are still the ones recorded (nobody rebuilt them from other sources since) and every
 * input still hashes the same. Content hashes rather than times, because a checkout or a copy
 * touches times without changing anything.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDir, root } from './build-dir';

const stampDir = join(buildDir, '.stamps');

interface Stamp {
  /** Repository-relative path → sha1 of its content. */
  files: Record<string, string>;
  /** Anything else the output depends on, e.g. environment variables the build reads. */
  settings: Record<string, string>;
}

function hashOf(path: string): string | null {
  const absolute = resolve(root, path);
  if (!existsSync(absolute)) return null;
  return createHash('sha1').update(readFileSync(absolute)).digest('hex');
}

function stampPath(name: string): string {
  return join(stampDir, `${name}.json`);
}

/** Every file under the given repository-relative folders and files, as sorted relative paths. */
export function filesUnder(paths: string[]): string[] {
  const found: string[] = [];
  const walk = (absolute: string) => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const child = join(absolute, entry.name);
      if (entry.isDirectory()) walk(child);
      else found.push(relative(root, child));
    }
  };
  for (const path of paths) {
    const absolute = resolve(root, path);
    if (!existsSync(absolute)) continue;
    if (statSync(absolute).isDirectory()) walk(absolute);
    else found.push(relative(root, absolute));
  }
  return found.sort();
}

/**
 * True when the build `name` is current: its recorded outputs and inputs hash as recorded, its
 * settings are the same and, when `inputs` is given, the inputs are still exactly that list.
 */
export function isCurrent(
  name: string,
  settings: Record<string, string> = {},
  inputs?: string[],
): boolean {
  if (!existsSync(stampPath(name))) return false;
  const stamp = JSON.parse(readFileSync(stampPath(name), 'utf8')) as Stamp;
  if (JSON.stringify(stamp.settings) !== JSON.stringify(settings)) return false;
  if (inputs && inputs.some((path) => !(path in stamp.files))) return false;
  return Object.entries(stamp.files).every(([path, hash]) => hashOf(path) === hash);
}

/**
 * The inputs' hashes as they are now. The H5 build takes them before webpack reads anything, so
 * an edit made during the build is not taken as built; the function build, which learns its
 * inputs only from esbuild, checks their times instead.
 */
export function hashInputs(paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((path) => [path, hashOf(path) ?? '']));
}

/** Records a finished build: the inputs hashed before it ran, and its outputs as written. */
export function writeStamp(
  name: string,
  inputs: Record<string, string>,
  outputs: string[],
  settings: Record<string, string> = {},
): void {
  mkdirSync(stampDir, { recursive: true });
  const stamp: Stamp = { files: { ...inputs, ...hashInputs(outputs) }, settings };
  writeFileSync(stampPath(name), `${JSON.stringify(stamp)}\n`);
}
