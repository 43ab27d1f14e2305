import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { AdminError, type AdminBody, type CloudPart } from '../types';
import { cloudPathProblem, fromFileId, toFileId } from './cloud-path';
import { createFileStore, type StoredFile } from './file-store';
import {
  cosUploadRoute,
  downloadRoute,
  DOWNLOAD_PREFIX,
  h5UploadRoute,
  UPLOAD_PREFIX,
} from './routes';
import { createSigner } from './signer';
import { createUploadGrants } from './upload-grants';

export { FILE_ID_PREFIX } from './cloud-path';
export type { StoredFile } from './file-store';

export interface StorageOptions {
  /** Where files, their metadata and the link-signing key are kept. */
  dir: string;
  /** The local cloud's origin as the SDK and the browser reach it, e.g. `http://127.0.0.1:8787`. */
  baseUrl: () => string;
  /** Current time in ms; tests move it forward to expire links. */
  now?: () => number;
}

export interface Storage extends CloudPart {
  /** What is stored under a fileID, or undefined when nothing is. */
  info(fileId: string): Promise<StoredFile | undefined>;
  /** Stores `content` at `cloudPath` with no uploader, as the functions would: the demo seed's media. */
  put(cloudPath: string, content: Buffer): Promise<void>;
  close(): void;
}

const DEFAULT_MAX_AGE_SECONDS = 86400;
// The real API's limit for one getTempFileURL or deleteFile call (docs/wechat.md §6.2).
const MAX_FILES_PER_CALL = 50;
const NOT_FOUND = { code: 'STORAGE_FILE_NONEXIST', message: 'storage file not exists' } as const;
const BAD_FILE_ID = { code: 'INVALID_PARAM', message: 'fileID 无效' } as const;

/**
 * Cloud storage of the local cloud (docs/cloudbase-protocol.md §3): files on disk, signed
 * temporary links.
 */
export function createStorage({ dir, baseUrl, now = Date.now }: StorageOptions): Storage {
  const store = createFileStore(dir);
  const signer = createSigner(join(dir, 'sign-key'));
  const grants = createUploadGrants(now);
  const deps = { store, signer, grants, now };

  const downloadUrl = (cloudPath: string, maxAge: number) => {
    const expiresAt = Math.floor(now() / 1000) + maxAge;
    const sign = signer.downloadSign(cloudPath, expiresAt);
    // Left unencoded: the SDK encodeURI()s it before downloading (§3.4).
    return `${baseUrl()}${DOWNLOAD_PREFIX}${cloudPath}?sign=${sign}&t=${expiresAt}`;
  };

  return {
    actions: {
      async 'storage.getUploadMetadata'(body) {
        const cloudPath = typeof body.path === 'string' ? body.path : '';
        const problem = cloudPathProblem(cloudPath);
        if (problem !== undefined) throw new AdminError('INVALID_PARAM', problem);
        return {
          data: {
            url: `${baseUrl()}${UPLOAD_PREFIX}${cloudPath}`,
            token: 'local',
            authorization: grants.issue(cloudPath),
            fileId: toFileId(cloudPath),
            // Sent back as an HTTP header on the PUT, so it must be ASCII whatever the path holds.
            cosFileId: randomUUID(),
          },
        };
      },

      async 'storage.batchGetDownloadUrl'(body) {
        const items = listField(body, 'file_list');
        const downloadList = await Promise.all(
          items.map(async (item) => {
            const { fileid, max_age: maxAgeField } = (item ?? {}) as Record<string, unknown>;
            const fileID = typeof fileid === 'string' ? fileid : '';
            const cloudPath = fromFileId(fileID);
            if (cloudPath === undefined) return { fileID, tempFileURL: '', ...BAD_FILE_ID };
            if (!(await store.info(cloudPath))) return { fileID, tempFileURL: '', ...NOT_FOUND };
            const maxAge =
              typeof maxAgeField === 'number' && maxAgeField > 0
                ? Math.floor(maxAgeField)
                : DEFAULT_MAX_AGE_SECONDS;
            return { fileID, tempFileURL: downloadUrl(cloudPath, maxAge), maxAge, code: 'SUCCESS' };
          }),
        );
        return { data: { download_list: downloadList } };
      },

      async 'storage.batchDeleteFile'(body) {
        const items = listField(body, 'fileid_list');
        const deleteList = await Promise.all(
          items.map(async (item) => {
            const fileID = typeof item === 'string' ? item : '';
            const cloudPath = fromFileId(fileID);
            if (cloudPath === undefined) return { fileID, ...BAD_FILE_ID };
            return (await store.remove(cloudPath))
              ? { fileID, code: 'SUCCESS' }
              : { fileID, ...NOT_FOUND };
          }),
        );
        return { data: { delete_list: deleteList } };
      },
    },

    routes: [cosUploadRoute(deps), downloadRoute(deps), h5UploadRoute(deps)],

    async info(fileId) {
      const cloudPath = fromFileId(fileId);
      return cloudPath === undefined ? undefined : store.info(cloudPath);
    },

    async put(cloudPath, content) {
      const problem = cloudPathProblem(cloudPath);
      if (problem !== undefined) throw new Error(problem);
      await (await store.stage(Readable.from([content]))).commit(cloudPath);
    },

    close() {
      store.close();
    },
  };
}

function listField(body: AdminBody, field: string): unknown[] {
  const list = body[field];
  if (!Array.isArray(list) || list.length === 0)
    throw new AdminError('INVALID_PARAM', `${field} 不能为空`);
  if (list.length > MAX_FILES_PER_CALL)
    throw new AdminError('INVALID_PARAM', `一次最多处理 ${MAX_FILES_PER_CALL} 个文件`);
  return list;
}
