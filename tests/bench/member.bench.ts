/**
 * The member function at enterprise scale: 3,000 organisations, 100k members.
 * `npm run bench -- member` (after `npm run build:functions`). Target: < 10 ms per call.
 */
import { enterprise } from './enterprise';
import { benchCloud, callFn, report, settleAfterSeed, timed } from './support';

async function main() {
  const cloud = await benchCloud();
  const { root, zongzhi, branches, members } = enterprise(60, 49, 100_000);
  cloud.db.insertMany('organisations', [root, ...zongzhi, ...branches]);
  for (let i = 0; i < members.length; i += 10_000) {
    cloud.db.insertMany('members', members.slice(i, i + 10_000));
  }
  console.log(
    `seeded ${1 + zongzhi.length + branches.length} organisations, ${members.length} members`,
  );
  await settleAfterSeed();

  const admin = 'bench-0';
  const call = (action: string, data: object) => () => callFn(cloud, admin, 'member', action, data);
  await call('me', {})();
  report('member.me', await timed(200, call('me', {})));
  report(
    'member.list, one branch, first page',
    await timed(200, call('list', { orgId: branches[7]._id })),
  );
  report(
    'member.list, whole 党委 (100k), first page',
    await timed(200, call('list', { orgId: root._id })),
  );
  report(
    'member.list, 总支 subtree, first page',
    await timed(200, call('list', { orgId: zongzhi[3]._id })),
  );
  report(
    'member.list, whole 党委, name search',
    await timed(20, call('list', { orgId: root._id, q: '党员123' })),
  );
  report(
    'member.orgTree, one 总支 (50 organisations)',
    await timed(200, call('orgTree', { rootId: zongzhi[3]._id })),
  );
  report('member.orgTree, whole 党委 (3,000 organisations)', await timed(20, call('orgTree', {})));
  report(
    'member.orgTree, 党委 with depth 1 (61 organisations)',
    await timed(200, call('orgTree', { depth: 1 })),
  );
  report(
    'member.orgTree, one 总支 with depth 1 (50)',
    await timed(200, call('orgTree', { rootId: zongzhi[3]._id, depth: 1 })),
  );
  await cloud.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
