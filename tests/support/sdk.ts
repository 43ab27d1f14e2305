import type { Credentials } from '../../emulator/admin-auth';

/** A local cloud's address and the key pair its `/admin` accepts. */
export interface SdkTarget {
  url: string;
  credentials: Credentials;
}

const known = new Map<string, Credentials>();

/** Remembers a local cloud's credentials, so `pointSdkAt(url)` and `sdkFor(url)` can sign for it. */
export function knowCloud(target: SdkTarget): void {
  known.set(target.url, target.credentials);
}

/**
 * The real wx-server-sdk in the test process, pointed at a local cloud the way the local cloud
 * points its functions at itself (docs/cloudbase-protocol.md §1.1): for tests that reach into the
 * database or storage directly. It signs with the cloud's own credentials, as its functions do.
 */
export function pointSdkAt(target: string | SdkTarget, openid?: string): void {
  const origin = typeof target === 'string' ? target : target.url;
  const credentials = typeof target === 'string' ? known.get(target) : target.credentials;
  if (!credentials) throw new Error(`不知道 ${origin} 的访问凭证：先 knowCloud`);
  Object.assign(process.env, {
    TCB_CONTEXT_KEYS: 'TCB_CONTEXT_CNFG',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${origin}/admin` }),
    TENCENTCLOUD_SECRETID: credentials.secretId,
    TENCENTCLOUD_SECRETKEY: credentials.secretKey,
    TENCENTCLOUD: 'true',
    TCB_ENV: 'local',
    SILENCE: 'true',
    WX_CONTEXT_KEYS: 'WX_OPENID',
  });
  if (openid) process.env.WX_OPENID = openid;
  else delete process.env.WX_OPENID;
}

export function sdkFor(target: string | SdkTarget): typeof import('wx-server-sdk') {
  pointSdkAt(target);
  // Required only once the environment is set: the SDK reads its credentials when it loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: 'local' });
  return cloud;
}
