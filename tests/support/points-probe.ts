import { build } from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDir } from '../../scripts/build-dir';

const root = resolve(__dirname, '..', '..');

/**
 * A function that calls the shared award routine with its event, as news, school and activity do.
 * With `waitMs` it instead answers what the functions' clock says after that long in the
 * invocation: a loaded machine's delay before a function reads the time.
 */
const PROBE = `
import { awardPoints } from '${join(root, 'cloudfunctions/_shared/points/award')}';
import { now } from '${join(root, 'cloudfunctions/_shared/clock')}';
export const main = async (event: any) => {
  if (event.waitMs) {
    await new Promise((done) => setTimeout(done, event.waitMs));
    return { now: now().toISOString() };
  }
  const input = { ...event, at: event.at ? new Date(event.at) : undefined };
  return awardPoints(input);
};
`;

/**
 * A scratch folder whose `functions/` holds the built functions plus `points-probe`. It lies
 * inside the repository so the bundles resolve wx-server-sdk from its node_modules.
 */
export async function functionsWithAwardProbe(prefix: string): Promise<string> {
  mkdirSync(join(root, '.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, '.cache', prefix));
  cpSync(join(buildDir, 'cloudfunctions'), join(dir, 'functions'), { recursive: true });
  const probe = join(dir, 'functions', 'points-probe');
  mkdirSync(probe);
  await build({
    stdin: { contents: PROBE, resolveDir: root, loader: 'ts' },
    outfile: join(probe, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['wx-server-sdk'],
    logLevel: 'warning',
  });
  writeFileSync(join(probe, 'config.json'), JSON.stringify({ timeout: 60 }));
  return dir;
}
