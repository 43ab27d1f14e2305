import { sign } from '@cloudbase/signature-nodejs';
import type { Credentials } from '../../emulator/admin-auth';

/**
 * POSTs a JSON body to a local cloud's `/admin` signed the way wx-server-sdk signs it (the same
 * signer, the same headers), so a test can send one action without the SDK around it. `headers`
 * are added after signing: an Origin, a wrong Host.
 */
export async function signedAdmin(
  origin: string,
  credentials: Credentials,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
  path = '/admin?env=local&seqId=t1',
): Promise<Response> {
  const url = `${origin}${path}`;
  const signed = {
    'content-type': 'application/json',
    host: new URL(origin).host,
    'user-agent': 'tcb-node-sdk/3.17.2',
    'x-client-timestamp': String(Date.now()),
    'x-sdk-version': 'wx-server-sdk/4.0.2',
    'x-tcb-source': ',tencentcloud',
  };
  const { authorization, timestamp } = sign({
    ...credentials,
    method: 'post',
    url,
    params: body,
    headers: signed,
    withSignedParams: true,
    timestamp: Math.floor(Date.now() / 1000) - 1,
  });
  // fetch sets Host itself, to the same value.
  const sent: Record<string, string> = { ...signed };
  delete sent.host;
  return fetch(url, {
    method: 'POST',
    headers: { ...sent, authorization, 'x-timestamp': String(timestamp), ...headers },
    body: JSON.stringify(body),
  });
}
