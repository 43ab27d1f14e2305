/**
 * The real wx-server-sdk in the test process, pointed at a local cloud the way the local cloud
 * points its functions at itself (CLOUDBASE-PROTOCOL §1.1): for tests that reach into the
 * database or storage directly.
 */
export function pointSdkAt(origin: string, openid?: string): void {
  Object.assign(process.env, {
    TCB_CONTEXT_KEYS: 'TCB_CONTEXT_CNFG',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${origin}/admin` }),
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TENCENTCLOUD: 'true',
    TCB_ENV: 'local',
    SILENCE: 'true',
    WX_CONTEXT_KEYS: 'WX_OPENID',
  });
  if (openid) process.env.WX_OPENID = openid;
  else delete process.env.WX_OPENID;
}

export function sdkFor(origin: string): typeof import('wx-server-sdk') {
  pointSdkAt(origin);
  // Required only once the environment is set: the SDK reads its credentials when it loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: 'local' });
  return cloud;
}
