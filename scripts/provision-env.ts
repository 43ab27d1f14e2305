import * as cloud from 'wx-server-sdk';
import { provisionDatabase, sdkTarget } from './provision';

/**
 * `npx tsx scripts/provision-env.ts <env id>`: the app's provisioning step against a cloud
 * environment (README, "Deploying", step 5), signed with an API key of the account in
 * TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY. Creates every collection the functions use
 * and prints each index to make in the console. Run twice, it changes nothing.
 */
async function main(): Promise<void> {
  const env = process.argv[2];
  if (!env) throw new Error('用法：npx tsx scripts/provision-env.ts <环境 ID>');
  cloud.init({ env });
  const indexes: string[] = [];
  await provisionDatabase(
    sdkTarget(cloud.database(), (collection, { name, keys, unique }) => {
      const fields = Object.entries(keys).map(
        ([field, dir]) => `${field} ${dir === 1 ? '升序' : '降序'}`,
      );
      indexes.push(`  ${collection} · ${name}${unique ? '（唯一）' : ''}：${fields.join('，')}`);
    }),
  );
  console.log(`集合已就绪。请在控制台「数据库 → 索引管理」创建以下 ${indexes.length} 个索引：`);
  console.log(indexes.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
