/**
 * Bundles each cloud function (a folder of cloudfunctions/ with an index.ts) into
 * dist/cloudfunctions/<name>/: index.js with the shared server code inlined, package.json
 * depending only on wx-server-sdk, and the function's config.json. This is the folder that
 * project.config.json's cloudfunctionRoot points at, and what the local cloud loads.
 * A function whose bundle inputs (esbuild's own list of them) have not changed since its last
 * build is left as it is (scripts/build-stamps.ts).
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
import { join, relative } from 'node:path';
import { buildDir, root } from './build-dir';
import { hashInputs, isCurrent, writeStamp } from './build-stamps';

const sourceDir = join(root, 'cloudfunctions');
const outDir = join(buildDir, 'cloudfunctions');
const SDK_VERSION = '4.0.2';
/** Inputs of every function besides its bundle's: this script decides what the output is. */
const BUILDERS = ['scripts/build-functions.ts', 'scripts/build-stamps.ts'];

async function buildOne(name: string): Promise<void> {
  const target = join(outDir, name);
  const outputs = ['index.js', 'package.json', 'config.json'].map((file) =>
    relative(root, join(target, file)),
  );
  const stampName = `function-${name}`;
  if (isCurrent(stampName)) {
    console.log(`cloudfunction ${name.padEnd(10)} 未变`);
    return;
  }
  const config = relative(root, join(sourceDir, name, 'config.json'));
  const startedAt = Date.now();
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const result = await build({
    absWorkingDir: root,
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
    metafile: true,
  });
  const inputPaths = [...Object.keys(result.metafile.inputs), config, ...BUILDERS];
  // esbuild names its inputs only once it has read them: a file edited while it ran leaves no
  // stamp, so the next build redoes this function rather than keep a bundle of the old text.
  const editedMeanwhile = inputPaths.some(
    (path) => statSync(join(root, path)).mtimeMs >= startedAt,
  );
  const inputs = hashInputs(inputPaths);
  writeFileSync(
    join(target, 'package.json'),
    `${JSON.stringify({ name, version: '1.0.0', main: 'index.js', dependencies: { 'wx-server-sdk': SDK_VERSION } }, null, 2)}\n`,
  );
  copyFileSync(join(sourceDir, name, 'config.json'), join(target, 'config.json'));
  if (!editedMeanwhile) writeStamp(stampName, inputs, outputs);
  const kb = (statSync(join(target, 'index.js')).size / 1024).toFixed(1);
  console.log(`cloudfunction ${name.padEnd(10)} index.js ${kb} KB`);
}

/** Builds every function whose inputs changed, and drops the output of functions that are gone. */
export async function buildFunctions(): Promise<void> {
  const names = readdirSync(sourceDir).filter((name) =>
    existsSync(join(sourceDir, name, 'index.ts')),
  );
  mkdirSync(outDir, { recursive: true });
  for (const gone of readdirSync(outDir).filter((name) => !names.includes(name))) {
    rmSync(join(outDir, gone), { recursive: true, force: true });
  }
  for (const name of names) await buildOne(name);
}

if (require.main === module) {
  buildFunctions().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
