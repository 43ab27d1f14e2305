import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

// What a Taro H5 build contains; anything else is served as bytes.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serves the H5 build: the file under `root`, else index.html for extension-less paths (the
 * app's routes), else 404. Answers false when `root` does not exist (no H5 build yet).
 */
export function serveStatic(
  root: string,
  pathname: string,
  res: ServerResponse,
  head: boolean,
): boolean {
  if (!existsSync(join(root, 'index.html'))) return false;
  // Normalising the absolute path resolves every '..' at the root, so the file stays under `root`.
  const relative = normalize(`/${decodeURIComponent(pathname)}`).slice(1);
  let file = join(root, relative);
  if (!isFile(file)) {
    if (extname(relative)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('没有这个文件');
      return true;
    }
    file = join(root, 'index.html');
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
  if (head) res.end();
  else createReadStream(file).pipe(res);
  return true;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
