/**
 * `npm test`: the gates (type-check, lint, builds) and then every jest layer, ending with one
 * plain `N passed, M failed` line. A failed gate counts as a failure and the run goes on, so
 * one report shows everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const resultFile = join(root, '.cache', 'jest-result.json');

interface Gate {
  name: string;
  command: string[];
}

const gates: Gate[] = [
  {
    name: '类型检查（服务端、契约、本地云、测试）',
    command: ['npx', 'tsc', '-p', 'tsconfig.json'],
  },
  { name: '类型检查（小程序）', command: ['npx', 'tsc', '-p', 'miniprogram/tsconfig.json'] },
  { name: '代码规范（ESLint）', command: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  { name: '构建云函数', command: ['npm', 'run', '--silent', 'build:functions'] },
  { name: '构建小程序并检查包大小', command: ['npm', 'run', '--silent', 'build:weapp'] },
  { name: '构建 H5', command: ['npm', 'run', '--silent', 'build:h5'] },
];

function run(command: string[]): boolean {
  const [bin, ...args] = command;
  const result = spawnSync(bin, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

let gateFailures = 0;
for (const gate of gates) {
  console.log(`\n▶ ${gate.name}`);
  if (!run(gate.command)) {
    gateFailures++;
    console.log(`✖ ${gate.name} 失败`);
  }
}

console.log('\n▶ 测试（jest）');
mkdirSync(join(root, '.cache'), { recursive: true });
rmSync(resultFile, { force: true });
// No --forceExit: a test that leaves a server, worker, timer or socket open keeps jest from
// exiting, so the leak shows (find it with --detectOpenHandles) instead of being hidden.
run(['npx', 'jest', '--ci', '--json', `--outputFile=${resultFile}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = gateFailures;
if (existsSync(resultFile)) {
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
} else {
  failed++;
  console.log('✖ jest 没有输出结果');
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
