// Checks the weapp build against WeChat's package limits (docs/wechat.md §8.1): 2 MB for the
// main package and for each subpackage; warns past our own 1.2 MB budget for the main package.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const OUT = process.argv[2] ?? `${process.env.BUILD_DIR ?? 'dist'}/weapp`;
const LIMIT = 2 * 1024 * 1024;
const MAIN_BUDGET = 1.2 * 1024 * 1024;

if (!existsSync(join(OUT, 'app.json'))) {
  console.error(`${OUT}/app.json 不存在：请先运行 npx taro build --type weapp`);
  process.exit(1);
}

const app = JSON.parse(readFileSync(join(OUT, 'app.json'), 'utf8'));
const roots = [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((p) =>
  p.root.replace(/^\/+|\/+$/g, ''),
);

const MAIN = 'main';
const sizes = new Map([[MAIN, 0], ...roots.map((root) => [root, 0])]);
const packageOf = (file) =>
  roots.find((root) => file === root || file.startsWith(root + '/')) ?? MAIN;

const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) walk(path);
    else {
      const pkg = packageOf(relative(OUT, path).split(sep).join('/'));
      sizes.set(pkg, sizes.get(pkg) + stat.size);
    }
  }
};
walk(OUT);

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(9);
console.log(`${'package'.padEnd(30)}${'KB'.padStart(9)}`);
let failed = false;
for (const [pkg, bytes] of sizes) {
  const over = bytes > LIMIT;
  failed ||= over;
  console.log(`${pkg.padEnd(30)}${kb(bytes)}${over ? '  超过 2 MB 上限' : ''}`);
}

const main = sizes.get(MAIN);
if (main > MAIN_BUDGET && main <= LIMIT) {
  console.warn(`警告：主包 ${kb(main).trim()} KB，超过 1.2 MB 的预算`);
}
process.exit(failed ? 1 : 0);
