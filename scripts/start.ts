/**
 * `npm start`: builds what changed since the last build (each cloud function, the H5 app), then
 * runs the local cloud with the demo enterprise and its timers, and prints the address and how
 * long it took. Webpack's own output goes to a log file; the console gets plain progress lines.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { credentialsFromEnv } from '../emulator/admin-auth';
import { stopOnSignals } from '../emulator/local-cloud';
import { seedAll } from '../seed';
import { buildFunctions } from './build-functions';
import { buildDir, root } from './build-dir';
import { filesUnder, hashInputs, isCurrent, writeStamp } from './build-stamps';
import { startAppCloud } from './local-cloud';

/** What the H5 bundle is made of: its sources, the contract it compiles in, and the build settings. */
const H5_INPUTS = [
  'miniprogram/src',
  'miniprogram/tsconfig.json',
  'typings',
  'config',
  'babel.config.js',
  'package-lock.json',
  'scripts/start.ts',
];
const H5_SETTINGS = { CLOUD_ENV: process.env.CLOUD_ENV ?? '' };
const PROGRESS_EVERY_MS = 15_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`;
const sinceLaunch = () => process.uptime() * 1000;

async function buildH5(): Promise<void> {
  const inputs = filesUnder(H5_INPUTS);
  const output = relative(root, join(buildDir, 'h5', 'index.html'));
  if (isCurrent('h5', H5_SETTINGS, inputs)) {
    console.log(`▶ H5：源文件未变，沿用 ${relative(root, join(buildDir, 'h5'))}`);
    return;
  }
  const hashes = hashInputs(inputs);
  mkdirSync(join(root, '.cache'), { recursive: true });
  const logFile = join(root, '.cache', 'h5-build.log');
  console.log(
    `▶ H5：源文件有变化，正在构建（首次约 1–3 分钟；webpack 输出写入 ${relative(root, logFile)}）`,
  );
  const began = Date.now();
  const log = createWriteStream(logFile);
  const child = spawn('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: root,
    env: { ...process.env, TARO_ENV: 'h5' },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const ticker = setInterval(() => {
    console.log(`  …仍在构建 H5，已用 ${seconds(Date.now() - began)}`);
  }, PROGRESS_EVERY_MS);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(ticker);
  await new Promise((done) => log.end(done));
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`H5 构建失败，日志末尾：\n${tail}`);
  }
  writeStamp('h5', hashes, [output], H5_SETTINGS);
  console.log(`  H5 构建完成，用时 ${seconds(Date.now() - began)}`);
}

async function main(): Promise<void> {
  console.log('▶ 云函数：重建有变化的函数');
  await buildFunctions();
  await buildH5();
  console.log('▶ 本地云：启动并载入演示数据（已有数据目录时沿用）');
  const cloud = await startAppCloud({
    // LOCAL_CLOUD_SECRETID and LOCAL_CLOUD_SECRETKEY, when both are set, are the key pair `/admin`
    // accepts (for a script's own SDK); otherwise it is random.
    credentials: credentialsFromEnv(),
    port: process.env.PORT ? Number(process.env.PORT) : 10086,
    dataDir: process.env.DATA_DIR || undefined,
    timers: true,
    seed: seedAll,
  });
  console.log(`就绪：启动用时 ${seconds(sinceLaunch())}。按 Ctrl+C 停止。`);
  stopOnSignals(cloud);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
