import Taro from '@tarojs/taro';
import type { ActionName, FunctionName, Reply, RequestOf, ResponseOf } from '../../../typings';
import { CloudError, networkError } from './cloud-error';
import { getDemoIdentity } from './demo-identity';

interface CallEvent {
  action: string;
  data: unknown;
}

const viaWeChat = async (fn: string, event: CallEvent): Promise<unknown> =>
  (await Taro.cloud.callFunction({ name: fn, data: event })).result;

// The local cloud's gateway takes the caller from `x-openid` (local mode only).
const viaGateway = async (fn: string, event: CallEvent): Promise<unknown> => {
  const response = await fetch(`/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': getDemoIdentity() },
    body: JSON.stringify(event),
  });
  return response.json();
};

// Decided at module level so each build drops the other platform's transport.
const send = process.env.TARO_ENV === 'weapp' ? viaWeChat : viaGateway;

const isReply = (value: unknown): value is Reply<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { ok?: unknown }).ok === 'boolean';

/** The app's only way to reach a cloud function. */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: RequestOf<F, A>,
): Promise<ResponseOf<F, A>> {
  let reply: unknown;
  try {
    reply = await send(fn, { action, data });
  } catch {
    throw networkError();
  }
  if (!isReply(reply)) throw networkError();
  if (!reply.ok) throw new CloudError(reply.error);
  return reply.data as ResponseOf<F, A>;
}
