import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Installs each function's own dependencies into its folder, as 「上传并部署：云端安装依赖」 does
 * on the real cloud: `npm install` (production dependencies, no lock file written) in every
 * function folder that has a package.json and no node_modules yet. Folders are done one after
 * another; a failed install stops the start with npm's own output above the error.
 */
export async function installDependencies(
  functionsDir: string,
  log: (message: string) => void,
): Promise<string[]> {
  const installed: string[] = [];
  for (const entry of readdirSync(functionsDir, { withFileTypes: true })) {
    const dir = join(functionsDir, entry.name);
    if (!entry.isDirectory() || !existsSync(join(dir, 'package.json'))) continue;
    if (existsSync(join(dir, 'node_modules'))) continue;
    log(`安装云函数 ${entry.name} 的依赖（npm install）…`);
    await npmInstall(dir);
    installed.push(entry.name);
  }
  return installed;
}

function npmInstall(cwd: string): Promise<void> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['install', '--omit=dev', '--no-package-lock', '--no-audit', '--no-fund'];
  return new Promise((resolve, reject) => {
    // npm's output goes to stderr, so stdout keeps only what the local cloud prints.
    const child = spawn(npm, args, { cwd, stdio: ['ignore', 2, 2] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm install 失败（${cwd}，退出码 ${code}）`)),
    );
  });
}
