/**
 * Bundles each cloud function (a folder of cloudfunctions/ with an index.ts) into
 * dist/cloudfunctions/<name>/: index.js with the shared server code inlined, package.json
 * depending only on wx-server-sdk, and the function's config.json. This is the folder that
 * project.config.json's cloudfunctionRoot points at, and what the local cloud loads.
 */
import { build } from 'esbuild';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const sourceDir = join(root, 'cloudfunctions');
const outDir = resolve(root, process.env.BUILD_DIR ?? 'dist', 'cloudfunctions');
const SDK_VERSION = '4.0.2';

async function main() {
  const names = readdirSync(sourceDir).filter((name) =>
    existsSync(join(sourceDir, name, 'index.ts')),
  );
  rmSync(outDir, { recursive: true, force: true });
  for (const name of names) {
    const target = join(outDir, name);
    mkdirSync(target, { recursive: true });
    await build({
      entryPoints: [join(sourceDir, name, 'index.ts')],
      outfile: join(target, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      minify: true,
      keepNames: true,
      external: ['wx-server-sdk'],
      logLevel: 'warning',
    });
    writeFileSync(
      join(target, 'package.json'),
      `${JSON.stringify({ name, version: '1.0.0', main: 'index.js', dependencies: { 'wx-server-sdk': SDK_VERSION } }, null, 2)}\n`,
    );
    copyFileSync(join(sourceDir, name, 'config.json'), join(target, 'config.json'));
    const kb = (statSync(join(target, 'index.js')).size / 1024).toFixed(1);
    console.log(`cloudfunction ${name.padEnd(10)} index.js ${kb} KB`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
