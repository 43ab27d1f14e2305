/**
 * The real wx-server-sdk in the test process, pointed at a local cloud: for tests that need to
 * reach into the database or storage directly (to age an invite, to upload a spreadsheet).
 */
export function sdkFor(origin: string): typeof import('wx-server-sdk') {
  Object.assign(process.env, {
    TCB_CONTEXT_KEYS: 'TCB_CONTEXT_CNFG',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${origin}/admin` }),
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TENCENTCLOUD: 'true',
    TCB_ENV: 'local',
    SILENCE: 'true',
  });
  // Required only once the environment is set: the SDK reads its credentials when it loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: 'local' });
  return cloud;
}
