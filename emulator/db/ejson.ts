import { randomBytes } from 'node:crypto';
import { BSONRegExp, EJSON } from 'bson';

export type Doc = Record<string, unknown>;

/** Mongo's `x` option and the SDK's `g` make no sense for a stateless JS match: keep JS-safe flags only. */
const JS_REGEX_FLAGS = new Set(['i', 'm', 's', 'u']);

/**
 * Decodes one EJSON request field the way the real backend reads it: relaxed numbers, Dates,
 * BSON regexes as RegExp, and `{$tcb_server_date:{offset}}` as the server time `now` (the local
 * cloud's clock, docs/cloudbase-protocol.md §4.5) plus offset.
 */
export function decodeEjson(text: string, now: number): unknown {
  return resolve(EJSON.parse(text, { relaxed: true }), now);
}

function resolve(value: unknown, now: number): unknown {
  if (value instanceof BSONRegExp) {
    const flags = [...value.options].filter((f) => JS_REGEX_FLAGS.has(f)).join('');
    return new RegExp(value.pattern, flags);
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, now));
  if (isPlainObject(value)) {
    const serverDate = value.$tcb_server_date;
    if (isPlainObject(serverDate) && Object.keys(value).length === 1) {
      return new Date(now + Number(serverDate.offset ?? 0));
    }
    for (const key of Object.keys(value)) value[key] = resolve(value[key], now);
  }
  return value;
}

export function isPlainObject(value: unknown): value is Doc {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** A document as the SDK wants it in `data.list`: one EJSON string (relaxed is shorter; the SDK parses both). */
export function encodeForReply(doc: Doc): string {
  return EJSON.stringify(doc, { relaxed: true });
}

/** Canonical EJSON on disk keeps Dates and the int/double distinction exactly. */
export function encodeForDisk(doc: Doc): string {
  return EJSON.stringify(doc, { relaxed: false });
}

export function decodeFromDisk(text: string): Doc {
  return resolve(EJSON.parse(text, { relaxed: true }), 0) as Doc;
}

/** 32 hex characters, the shape of a CloudBase `_id`. */
export function newId(): string {
  return randomBytes(16).toString('hex');
}

/** Map key for an `_id`: strings as they are, anything else (numbers) in a form no string id can take. */
export function idKey(id: unknown): string {
  return typeof id === 'string' ? id : `\u0000${EJSON.stringify({ id }, { relaxed: false })}`;
}
