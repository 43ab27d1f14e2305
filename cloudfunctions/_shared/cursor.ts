import { invalidArgument } from './errors';

/** Cursors are opaque to clients: the last key of a page, base64url-encoded. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor)
    throw invalidArgument('分页参数无效，请刷新后重试', 'cursor');
  return key;
}

/** Takes one row more than a page to learn whether another page follows. */
export function pageOf<T>(rows: T[], size: number, keyOf: (row: T) => string) {
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > size && last ? encodeCursor(keyOf(last)) : null };
}
