import sdk from 'wx-server-sdk';
import type { Cloud } from './sdk-types';

// The one place the SDK's loose declarations meet the shapes it really answers (sdk-types.ts).
const cloud = sdk as unknown as Cloud;

// DYNAMIC_CURRENT_ENV: the function talks to the environment it is deployed in (or the local cloud).
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

export { cloud };
export const db = cloud.database();
export const _ = db.command;
