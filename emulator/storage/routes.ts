import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Route } from '../types';
import { cloudPathFromUrl, cloudPathProblem, toFileId } from './cloud-path';
import { contentTypeOf } from './content-type';
import type { FileStore, StagedFile } from './file-store';
import { replyCosError, replyJson, replyText } from './replies';
import type { Signer } from './signer';
import type { UploadGrants } from './upload-grants';

export const UPLOAD_PREFIX = '/cos-upload/';
export const DOWNLOAD_PREFIX = '/files/';
/** The H5 build's upload limit; the mini-program uploads through the SDK, which has none here. */
export const MAX_H5_UPLOAD_BYTES = 100 * 1024 * 1024;

interface RouteDeps {
  store: FileStore;
  signer: Signer;
  grants: UploadGrants;
  /** Current time in ms. */
  now: () => number;
}

/**
 * The COS-style PUT that `cloud.uploadFile` sends to the URL from storage.getUploadMetadata
 * (docs/cloudbase-protocol.md §3.1).
 */
export function cosUploadRoute({ store, grants }: RouteDeps): Route {
  return {
    method: 'PUT',
    path: /^\/cos-upload\/./,
    async handle(req, res, url) {
      const cloudPath = cloudPathFromUrl(url.pathname, UPLOAD_PREFIX);
      if (cloudPath === undefined) {
        req.resume();
        return replyCosError(res, 400, 'InvalidArgument', '上传路径无效');
      }
      if (!grants.take(req.headers.authorization, cloudPath)) {
        req.resume();
        return replyCosError(res, 403, 'AccessDenied', '上传凭证无效');
      }
      const staged = await store.stage(req);
      await staged.commit(cloudPath);
      // The SDK treats any non-empty body as XML to parse, so success is an empty 200.
      res.writeHead(200, { 'content-length': 0 });
      res.end();
    },
  };
}

/** Serves a temporary link from storage.batchGetDownloadUrl while its signature holds. */
export function downloadRoute({ store, signer, now }: RouteDeps): Route {
  return {
    method: 'GET',
    path: /^\/files\/./,
    async handle(_req, res, url) {
      const cloudPath = cloudPathFromUrl(url.pathname, DOWNLOAD_PREFIX);
      const expiresAt = Number(url.searchParams.get('t'));
      const sign = url.searchParams.get('sign') ?? undefined;
      const remaining = expiresAt - Math.floor(now() / 1000);
      if (
        cloudPath === undefined ||
        !Number.isInteger(expiresAt) ||
        remaining < 0 ||
        !signer.matches(signer.downloadSign(cloudPath, expiresAt), sign)
      ) {
        return replyText(res, 403, '下载链接无效或已过期');
      }
      const file = await store.read(cloudPath);
      if (!file) return replyText(res, 404, '文件不存在');
      res.writeHead(200, {
        'content-type': contentTypeOf(cloudPath),
        'content-length': file.size,
        'cache-control': `private, max-age=${remaining}`,
        // Uploaded bytes are served from the app's own origin: never let a browser sniff them into HTML.
        'x-content-type-options': 'nosniff',
      });
      // A reader that goes away mid-file is the reader's business, not an error of the cloud.
      await pipeline(file.content, res).catch(() => undefined);
    },
  };
}

/**
 * The H5 build's stand-in for wx.cloud.uploadFile: multipart `cloudPath` + `file`, answered like
 * the mini-program API. `x-openid` (the demo identity) is the uploader and is recorded as the
 * owner; as under the platform's default storage rule, only a file's owner may write it again, so
 * nobody replaces another user's file or one the functions wrote.
 */
export function h5UploadRoute({ store }: RouteDeps): Route {
  return {
    method: 'POST',
    path: /^\/upload$/,
    async handle(req, res) {
      const fail = (status: number, message: string) =>
        replyJson(res, status, { errCode: -1, errMsg: `uploadFile:fail ${message}` });
      const owner = headerValue(req, 'x-openid');
      if (owner === undefined) {
        req.resume();
        return fail(401, '未登录，不能上传');
      }
      let form: UploadForm;
      try {
        form = await readUploadForm(req, store);
      } catch {
        return fail(400, '上传内容无法解析，须为 multipart/form-data');
      }
      const { cloudPath, staged, truncated } = form;
      if (!staged) return fail(400, '缺少文件字段 file');
      const problem = truncated
        ? `文件超过 ${MAX_H5_UPLOAD_BYTES / 1024 / 1024} MB`
        : cloudPathProblem(cloudPath);
      if (problem !== undefined) {
        await staged.discard();
        return fail(truncated ? 413 : 400, problem);
      }
      const existing = await store.info(cloudPath);
      if (existing && existing.owner !== owner) {
        await staged.discard();
        return fail(403, '该文件属于他人，不能覆盖');
      }
      await staged.commit(cloudPath, owner);
      replyJson(res, 200, { fileID: toFileId(cloudPath), statusCode: 200 });
    },
  };
}

interface UploadForm {
  /** Empty when the form has no cloudPath field, which cloudPathProblem reports. */
  cloudPath: string;
  staged?: StagedFile;
  truncated: boolean;
}

// Taro's H5 uploadFile appends form fields before the file, but any order is accepted.
function readUploadForm(req: IncomingMessage, store: FileStore): Promise<UploadForm> {
  const form: UploadForm = { cloudPath: '', truncated: false };
  let staging: Promise<void> = Promise.resolve();
  const parsed = new Promise<void>((resolve, reject) => {
    const parser = busboy({
      headers: req.headers,
      limits: { files: 1, fields: 20, fileSize: MAX_H5_UPLOAD_BYTES },
    });
    parser.on('field', (name, value) => {
      if (name === 'cloudPath') form.cloudPath = value;
    });
    parser.on('file', (name, stream: Readable) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      stream.on('limit', () => {
        form.truncated = true;
      });
      staging = store.stage(stream).then((staged) => {
        form.staged = staged;
      });
    });
    parser.on('close', resolve);
    pipeline(req, parser).catch(reject);
  });
  return parsed
    .then(() => staging)
    .then(
      () => form,
      async (error: unknown) => {
        await staging.catch(() => undefined);
        await form.staged?.discard();
        throw error;
      },
    );
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
