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
