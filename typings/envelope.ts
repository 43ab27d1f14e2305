import type { ApiError } from './errors';

/** What the client sends to a function: `wx.cloud.callFunction({name, data: {action, data}})`. */
export interface CallEvent<A extends string = string, D = unknown> {
  action: A;
  data: D;
}

/** What every function answers. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ApiError };
