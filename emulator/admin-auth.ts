import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AdminBody } from './types';

/** The API key pair the local cloud hands its functions (TENCENTCLOUD_SECRETID / SECRETKEY). */
export interface Credentials {
  secretId: string;
  secretKey: string;
}

/** A fresh pair for one run of the local cloud: only its functions (and tests given it) hold it. */
export function createCredentials(): Credentials {
  return {
    secretId: `AKID${randomBytes(16).toString('hex')}`,
    secretKey: randomBytes(32).toString('base64url'),
  };
}

/**
 * The pair fixed by LOCAL_CLOUD_SECRETID and LOCAL_CLOUD_SECRETKEY when both are set (for a
 * script's own SDK, or a test that restarts the cloud); otherwise none, and a run makes its own.
 */
export function credentialsFromEnv(): Credentials | undefined {
  const { LOCAL_CLOUD_SECRETID: secretId, LOCAL_CLOUD_SECRETKEY: secretKey } = process.env;
  return secretId && secretKey ? { secretId, secretKey } : undefined;
}

/**
 * How long a signature holds: the SDK sends `x-signature-expires: 600`
 * (docs/cloudbase-protocol.md §1.2).
 */
const MAX_AGE_S = 600;
const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/\s]+)\/(\d{4}-\d{2}-\d{2})\/tcb\/tc3_request,(?: SignedParams=([^,\s]*),)? SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/;

interface Authorization {
  secretId: string;
  date: string;
  signedParams: string[];
  signedHeaders: string[];
  signature: string;
}

function parseAuthorization(req: IncomingMessage): Authorization | undefined {
  const found = AUTHORIZATION.exec(req.headers.authorization ?? '');
  if (!found) return undefined;
  const [, secretId, date, params, headers, signature] = found;
  return {
    secretId,
    date,
    signedParams: params ? params.split(';') : [],
    signedHeaders: headers.split(';'),
    signature,
  };
}

/**
 * Whether the request names this cloud's secret id, checked before the body is read so that a
 * caller without credentials costs nothing more.
 */
export function namesCredentials(req: IncomingMessage, credentials: Credentials): boolean {
  return parseAuthorization(req)?.secretId === credentials.secretId;
}

/**
 * Verifies the SDK's TC3-HMAC-SHA256 signature of an `/admin` request, as the real cloud does
 * (the signer is @cloudbase/signature-nodejs `tc3sign`): the signed headers, the query, and every
 * non-empty body field. Answers why it fails, or undefined when the request holds.
 */
export function signatureProblem(
  req: IncomingMessage,
  body: AdminBody,
  credentials: Credentials,
  nowMs: number,
): string | undefined {
  const auth = parseAuthorization(req);
  if (!auth || auth.secretId !== credentials.secretId) return '缺少或错误的访问凭证';
  const timestamp = Number(req.headers['x-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(nowMs / 1000 - timestamp) > MAX_AGE_S)
    return '签名已过期';
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== auth.date) return '签名日期不符';
  if (!auth.signedHeaders.includes('host') || !auth.signedHeaders.includes('content-type'))
    return '签名未覆盖 host 与 content-type';

  const headerLines: string[] = [];
  for (const name of auth.signedHeaders) {
    const raw = req.headers[name];
    if (typeof raw !== 'string') return `缺少已签名的请求头 ${name}`;
    headerLines.push(`${name}:${headerValue(name, raw)}`);
  }

  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(body)) fields.set(paramKey(key), value);
  const payload = createHash('sha256');
  for (const key of auth.signedParams) {
    // Older signers (wx-server-sdk 2.x) also name the empty fields they leave out of the hash.
    const value = paramValue(fields.get(key));
    if (value !== undefined) payload.update(`&${key}=`).update(value).update('\r\n');
  }
  // An unsigned field could be added to a signed request, so every field that carries a value is signed.
  for (const [key, value] of fields)
    if (paramValue(value) !== undefined && !auth.signedParams.includes(key))
      return `字段 ${key} 未签名`;

  const [pathname, query = ''] = (req.url ?? '/').split(/\?(.*)/s);
  const canonical = [
    (req.method ?? '').toLowerCase(),
    `//${req.headers.host}${pathname}`,
    query,
    `${headerLines.join('\n')}\n`,
    auth.signedHeaders.join(';'),
    payload.digest('hex'),
  ].join('\n');
  const scope = `${auth.date}/tcb/tc3_request`;
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${scope}\n${sha256(canonical)}`;
  const dateKey = hmac(`TC3${credentials.secretKey}`, auth.date);
  const signingKey = hmac(hmac(dateKey, 'tcb'), 'tc3_request');
  const expected = hmac(signingKey, toSign).toString('hex');
  return timingSafeEqual(Buffer.from(expected), Buffer.from(auth.signature))
    ? undefined
    : '签名不符';
}

/** A header as the signer formats it: content-type without its multipart boundary, others lower-cased. */
function headerValue(name: string, raw: string): string {
  if (name !== 'content-type') return raw.trim().toLowerCase();
  return raw.startsWith('multipart/form-data') ? 'multipart/form-data' : raw;
}

/** A body key as the signer names it: lower-cased and URL-encoded. */
function paramKey(key: string): string {
  return encodeURIComponent(key.toLowerCase().trim()).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A body value as the signer hashes it: strings trimmed, file parts as bytes, the rest as JSON;
 * undefined for what it leaves out (an empty string).
 */
function paramValue(value: unknown): string | Buffer | undefined {
  if (Buffer.isBuffer(value)) return value;
  const text = (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).trim();
  return text === '' ? undefined : text;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function hmac(key: string | Buffer, text: string): Buffer {
  return createHmac('sha256', key).update(text).digest();
}
