import { LRUCache } from 'lru-cache';
import { decodeEjson, type Doc } from './ejson';

/**
 * Decoded request objects by their EJSON text. Many callers send the same query (every member of
 * a branch asks for the same feed page), so the decoded object — and the mingo compilation keyed
 * on it in query.ts — is reused. Cached objects are shared: nothing may modify them.
 * Texts that depend on the time they are read (server dates, $$NOW) are decoded afresh.
 */
const decoded = new LRUCache<string, Doc>({ max: 2000 });
const TIME_DEPENDENT = /\$tcb_server_date|\$\$NOW/;

/** `now`: the local cloud's clock, the server date such a text reads (docs/cloudbase-protocol.md §2.1). */
export function decodeCached(text: string, now: number): unknown {
  if (TIME_DEPENDENT.test(text)) return decodeEjson(text, now);
  const hit = decoded.get(text);
  if (hit) return hit;
  const value = decodeEjson(text, now);
  if (typeof value === 'object' && value !== null) decoded.set(text, value as Doc);
  return value;
}
