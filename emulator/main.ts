import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { credentialsFromEnv } from './admin-auth';
import type { CollectionSpec } from './db/database';
import { listFunctions } from './functions/config';
import { installDependencies } from './install-deps';
import { startLocalCloud, stopOnSignals, type LocalCloud } from './local-cloud';

const USAGE = `用法：npx tsx emulator/main.ts --functions <目录> [--data <目录>] [--port <端口>]
         [--auto-collections] [--collections <文件>]

  --functions         云函数目录（每个函数一个子目录：index.js、package.json、config.json）
  --data              数据目录（数据库、文件、密钥）；不给则只在内存中，退出即丢弃
  --port              端口，默认 10086；0 表示任选空闲端口
  --auto-collections  请求用到不存在的集合时自动创建；默认与真实云一致，报 -502005
  --collections       启动时创建的集合和索引（真实云上在控制台建的），JSON：
                      [{"name": "shops", "indexes": [{"name": "loc", "keys": {"location": "2dsphere"}}]}]
LOCAL_CLOUD_SECRETID、LOCAL_CLOUD_SECRETKEY 同时设置时，作为 /admin 接受的密钥对；否则每次随机生成。`;

/**
 * `npx tsx emulator/main.ts --functions <dir>`: any WeChat-cloud project's functions on a local
 * cloud. Installs each function's dependencies, starts, and prints how to reach it.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      functions: { type: 'string' },
      data: { type: 'string' },
      port: { type: 'string', default: '10086' },
      'auto-collections': { type: 'boolean', default: false },
      collections: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (values.help || !values.functions || !Number.isInteger(port)) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const functionsDir = resolve(values.functions);
  if (!existsSync(functionsDir)) throw new Error(`云函数目录不存在：${functionsDir}`);
  await installDependencies(functionsDir, (message) => console.error(message));
  const collections: CollectionSpec[] = values.collections
    ? JSON.parse(readFileSync(resolve(values.collections), 'utf8'))
    : [];

  const cloud = await startLocalCloud({
    functionsDir,
    dataDir: values.data ? resolve(values.data) : ':memory:',
    port,
    autoCollections: values['auto-collections'],
    provision: ({ createCollection, createIndex }) => {
      for (const { name, indexes } of collections) {
        createCollection(name);
        for (const index of indexes) createIndex(name, index);
      }
    },
    credentials: credentialsFromEnv(),
  });
  stopOnSignals(cloud);
  console.log(howToReach(cloud, functionsDir, values.data));
}

/** What a script's SDK or a client needs to talk to this cloud (docs/cloudbase-protocol.md §1.1, §4.4). */
function howToReach(cloud: LocalCloud, functionsDir: string, dataDir?: string): string {
  const names = listFunctions(functionsDir);
  return [
    `环境 ID：local（cloud.DYNAMIC_CURRENT_ENV 即是它）`,
    `云函数（${names.length}）：${names.join('、') || '无'}`,
    `数据：${dataDir ? resolve(dataDir) : '仅在内存中'}`,
    '',
    '在脚本或测试中用 wx-server-sdk 连接：先设置这些环境变量，再 cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })',
    `  TCB_CONTEXT_KEYS=TCB_CONTEXT_CNFG,TCB_ENV`,
    `  TCB_CONTEXT_CNFG='${JSON.stringify({ URL: `${cloud.url}/admin` })}'`,
    `  TCB_ENV=local`,
    `  TENCENTCLOUD=true`,
    `  TENCENTCLOUD_SECRETID=${cloud.credentials.secretId}`,
    `  TENCENTCLOUD_SECRETKEY=${cloud.credentials.secretKey}`,
    '',
    '不经开发者工具调用云函数（如小程序端 wx.cloud.callFunction）：',
    `  POST ${cloud.url}/fn/<函数名>，请求体为 JSON 事件，请求头 x-openid: <调用者 openid>`,
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
