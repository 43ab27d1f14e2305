/** The bucket part of every local fileID, shaped like a real one (`<env>.<hex of env>-<env>-<appid>`). */
export const FILE_ID_PREFIX = 'cloud://local.6c6f-local-1250000000/';

// `?`, `#` and `%` cannot survive the SDK's URL handling unescaped
// (docs/cloudbase-protocol.md §3.1, §3.4); `\` and control characters would mean different files
// on different systems.
const FORBIDDEN = /[?#%\\\p{Cc}]/u;

/** Why `cloudPath` is not a usable storage key, or undefined when it is. */
export function cloudPathProblem(cloudPath: string): string | undefined {
  if (cloudPath === '') return 'cloudPath 不能为空';
  if (cloudPath.startsWith('/')) return 'cloudPath 不能以 / 开头';
  if (cloudPath.endsWith('/')) return 'cloudPath 不能以 / 结尾';
  if (FORBIDDEN.test(cloudPath)) return 'cloudPath 含有不允许的字符（? # % \\ 或控制字符）';
  if (cloudPath.split('/').some((segment) => segment === '' || segment === '.' || segment === '..'))
    return 'cloudPath 不能含有空目录名、. 或 ..';
  return undefined;
}

export function toFileId(cloudPath: string): string {
  return FILE_ID_PREFIX + cloudPath;
}

/** The cloudPath of a local fileID, or undefined for a fileID of another bucket or a malformed one. */
export function fromFileId(fileId: string): string | undefined {
  if (!fileId.startsWith(FILE_ID_PREFIX)) return undefined;
  const cloudPath = fileId.slice(FILE_ID_PREFIX.length);
  return cloudPathProblem(cloudPath) === undefined ? cloudPath : undefined;
}

/** The cloudPath in a request path after `prefix`, percent-decoded; undefined if it is not valid. */
export function cloudPathFromUrl(pathname: string, prefix: string): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  let cloudPath: string;
  try {
    cloudPath = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return undefined;
  }
  return cloudPathProblem(cloudPath) === undefined ? cloudPath : undefined;
}
