import cloud from 'wx-server-sdk';

// DYNAMIC_CURRENT_ENV: the function talks to the environment it is deployed in (or the local cloud).
// The SDK's own typings declare `env` as a string although it documents this symbol.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export { cloud };
export const db = cloud.database();
export const _ = db.command;
