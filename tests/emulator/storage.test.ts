import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStorage, FILE_ID_PREFIX, type Storage } from '../../emulator/storage';
import { sdkFor } from '../support/sdk';
import { signedAdmin } from './admin-request';
import { startPartServer, type PartServer } from './storage-openapi.harness';

let dir: string;
let storage: Storage;
let server: PartServer;
let cloud: Sdk;

type Sdk = ReturnType<typeof sdkFor>;
// The SDK's typings add `void` for the callback style; these calls always pass no callback.
type TempFiles = Exclude<Awaited<ReturnType<Sdk['getTempFileURL']>>, void>;
type DeletedFiles = Exclude<Awaited<ReturnType<Sdk['deleteFile']>>, void>;
const getTempFileURL = async (fileList: Parameters<Sdk['getTempFileURL']>[0]['fileList']) =>
  (await cloud.getTempFileURL({ fileList })) as TempFiles;
// The storage's clock: moved forward to expire links instead of waiting.
let nowMs = Date.UTC(2025, 0, 1);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storage-test-'));
  storage = createStorage({ dir, baseUrl: () => server.origin, now: () => nowMs });
  server = await startPartServer([storage]);
  cloud = sdkFor(server.origin);
});

afterAll(async () => {
  await server.close();
  storage.close();
  await rm(dir, { recursive: true, force: true });
});

async function tempUrl(fileID: string, maxAge?: number) {
  const { fileList } = await getTempFileURL([maxAge === undefined ? fileID : { fileID, maxAge }]);
  return fileList[0];
}

describe('uploadFile', () => {
  it('stores a Buffer under its cloudPath and answers the local fileID', async () => {
    const result = await cloud.uploadFile({
      cloudPath: 'avatars/u1.png',
      fileContent: Buffer.from('png!'),
    });
    expect(result.fileID).toBe(`${FILE_ID_PREFIX}avatars/u1.png`);
    expect(await storage.info(result.fileID)).toMatchObject({ size: 4, owner: undefined });
  });

  it('stores a ReadStream intact, with spaces and non-ASCII in the path', async () => {
    const source = join(dir, 'source.bin');
    const bytes = Buffer.alloc(70000, 'ab');
    await writeFile(source, bytes);
    const { fileID } = await cloud.uploadFile({
      cloudPath: 'dir/a b+ü.txt',
      fileContent: createReadStream(source),
    });
    expect(fileID).toBe(`${FILE_ID_PREFIX}dir/a b+ü.txt`);
    const { fileContent } = await cloud.downloadFile({ fileID });
    expect(Buffer.compare(fileContent, bytes)).toBe(0);
  });

  it('refuses a cloudPath that leaves the storage folder', async () => {
    await expect(
      cloud.uploadFile({ cloudPath: 'a/../../escape.txt', fileContent: Buffer.from('x') }),
    ).rejects.toMatchObject({ errCode: -1, errMsg: expect.stringContaining('uploadFile:fail') });
  });

  it('refuses a PUT without the authorization from getUploadMetadata', async () => {
    const res = await fetch(`${server.origin}/cos-upload/forged.txt`, {
      method: 'PUT',
      headers: { authorization: 'guess' },
      body: 'x',
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<Code>AccessDenied</Code>');
    expect(await storage.info(`${FILE_ID_PREFIX}forged.txt`)).toBeUndefined();
  });

  it('accepts a PUT only for the path its authorization was issued for, and only once', async () => {
    const metadata = async (path: string) => {
      const res = await signedAdmin(server.origin, server.credentials, {
        action: 'storage.getUploadMetadata',
        path,
        method: 'put',
      });
      return ((await res.json()) as { data: { url: string; authorization: string } }).data;
    };
    const put = (url: string, authorization: string, body: string) =>
      fetch(url, { method: 'PUT', headers: { authorization }, body });

    const issued = await metadata('grants/issued.txt');
    const elsewhere = issued.url.replace('issued.txt', 'elsewhere.txt');
    expect((await put(elsewhere, issued.authorization, 'x')).status).toBe(403);
    expect(await storage.info(`${FILE_ID_PREFIX}grants/elsewhere.txt`)).toBeUndefined();

    const fresh = await metadata('grants/issued.txt');
    expect((await put(fresh.url, fresh.authorization, 'first')).status).toBe(200);
    expect((await put(fresh.url, fresh.authorization, 'again')).status).toBe(403);
    const { fileContent } = await cloud.downloadFile({
      fileID: `${FILE_ID_PREFIX}grants/issued.txt`,
    });
    expect(fileContent.toString()).toBe('first');
  });
});

describe('getTempFileURL', () => {
  const fileID = `${FILE_ID_PREFIX}docs/report.pdf`;

  beforeAll(async () => {
    await cloud.uploadFile({ cloudPath: 'docs/report.pdf', fileContent: Buffer.from('%PDF-1.4') });
  });

  it('answers a signed link that downloads the file with its content type', async () => {
    const item = await tempUrl(fileID);
    expect(item).toMatchObject({ fileID, status: 0, maxAge: 86400 });
    expect(item.tempFileURL).toMatch(
      new RegExp(`^${server.origin}/files/docs/report\\.pdf\\?sign=[0-9a-f]+&t=\\d+$`),
    );
    const res = await fetch(item.tempFileURL);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(await res.text()).toBe('%PDF-1.4');
  });

  it('reports a missing file per item', async () => {
    const { fileList } = await getTempFileURL([fileID, `${FILE_ID_PREFIX}docs/none.pdf`]);
    expect(fileList[0].status).toBe(0);
    expect(fileList[1]).toMatchObject({ status: -503003, tempFileURL: '' });
  });

  it('refuses the link once max_age has passed', async () => {
    const item = await tempUrl(fileID, 60);
    expect(item.maxAge).toBe(60);
    expect((await fetch(item.tempFileURL)).status).toBe(200);
    nowMs += 61_000;
    expect((await fetch(item.tempFileURL)).status).toBe(403);
  });

  it('refuses a link whose signature or path was altered', async () => {
    const { tempFileURL } = await tempUrl(fileID);
    const forged = tempFileURL.replace(
      /sign=(.)/,
      (_: string, c: string) => `sign=${c === '0' ? '1' : '0'}`,
    );
    expect((await fetch(forged)).status).toBe(403);
    expect((await fetch(tempFileURL.replace('report.pdf', 'other.pdf'))).status).toBe(403);
  });

  it('keeps links valid across a restart of the storage', async () => {
    const { tempFileURL } = await tempUrl(fileID);
    const restarted = createStorage({ dir, baseUrl: () => server.origin, now: () => nowMs });
    const other = await startPartServer([restarted]);
    try {
      const res = await fetch(tempFileURL.replace(server.origin, other.origin));
      expect(res.status).toBe(200);
    } finally {
      await other.close();
      restarted.close();
    }
  });
});

describe('downloadFile', () => {
  it('answers the stored bytes', async () => {
    const { fileID } = await cloud.uploadFile({
      cloudPath: 'notes/n.txt',
      fileContent: Buffer.from('会议记录'),
    });
    const result = await cloud.downloadFile({ fileID });
    expect(result.fileContent.toString('utf8')).toBe('会议记录');
  });

  it('fails for a missing file', async () => {
    await expect(
      cloud.downloadFile({ fileID: `${FILE_ID_PREFIX}notes/none.txt` }),
    ).rejects.toMatchObject({
      errCode: -1,
    });
  });
});

describe('deleteFile', () => {
  it('deletes an existing file and reports a missing one', async () => {
    const { fileID } = await cloud.uploadFile({
      cloudPath: 'tmp/d.txt',
      fileContent: Buffer.from('d'),
    });
    const { tempFileURL } = await tempUrl(fileID);
    const missing = `${FILE_ID_PREFIX}tmp/missing.txt`;
    const { fileList } = (await cloud.deleteFile({ fileList: [fileID, missing] })) as DeletedFiles;
    expect(fileList).toEqual([
      { fileID, status: 0, errMsg: 'ok' },
      { fileID: missing, status: -503003, errMsg: 'storage file not exists' },
    ]);
    expect(await storage.info(fileID)).toBeUndefined();
    expect((await fetch(tempFileURL)).status).toBe(404);
  });
});

describe('POST /upload (H5)', () => {
  function form(fields: Record<string, string>, file?: Blob) {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    if (file) body.append('file', file, 'photo.jpg');
    return body;
  }

  it('stores the file like wx.cloud.uploadFile, recording x-openid as owner', async () => {
    const res = await fetch(`${server.origin}/upload`, {
      method: 'POST',
      headers: { 'x-openid': 'oMEMBER1' },
      body: form({ cloudPath: 'letters/oMEMBER1/p.jpg' }, new Blob([Buffer.from('jpeg')])),
    });
    expect(res.status).toBe(200);
    const fileID = `${FILE_ID_PREFIX}letters/oMEMBER1/p.jpg`;
    expect(await res.json()).toEqual({ fileID, statusCode: 200 });
    expect(await storage.info(fileID)).toMatchObject({ size: 4, owner: 'oMEMBER1' });
    const { fileContent } = await cloud.downloadFile({ fileID });
    expect(fileContent.toString()).toBe('jpeg');
  });

  it('accepts the file part before the cloudPath part', async () => {
    const body = new FormData();
    body.append('file', new Blob([Buffer.from('late path')]), 'a.txt');
    body.append('cloudPath', 'notes/late.txt');
    const res = await fetch(`${server.origin}/upload`, {
      method: 'POST',
      headers: { 'x-openid': 'oMEMBER1' },
      body,
    });
    expect(await res.json()).toEqual({
      fileID: `${FILE_ID_PREFIX}notes/late.txt`,
      statusCode: 200,
    });
    expect(await storage.info(`${FILE_ID_PREFIX}notes/late.txt`)).toMatchObject({ size: 9 });
  });

  it('lets only the owner write a file again, and nobody without an identity', async () => {
    const upload = (openid: string | undefined, cloudPath: string, text: string) =>
      fetch(`${server.origin}/upload`, {
        method: 'POST',
        headers: openid ? { 'x-openid': openid } : {},
        body: form({ cloudPath }, new Blob([Buffer.from(text)])),
      });
    expect((await upload('oOWNER', 'owned/a.txt', 'mine')).status).toBe(200);
    const other = await upload('oOTHER', 'owned/a.txt', 'theirs');
    expect(other.status).toBe(403);
    expect(((await other.json()) as { errMsg: string }).errMsg).toContain('uploadFile:fail');
    expect((await upload(undefined, 'owned/b.txt', 'nobody')).status).toBe(401);
    expect(await storage.info(`${FILE_ID_PREFIX}owned/b.txt`)).toBeUndefined();
    // A file the functions wrote (a roster export) has no client owner: no client replaces it.
    await cloud.uploadFile({ cloudPath: 'owned/export.xlsx', fileContent: Buffer.from('server') });
    expect((await upload('oOWNER', 'owned/export.xlsx', 'forged')).status).toBe(403);
    expect((await upload('oOWNER', 'owned/a.txt', 'mine again')).status).toBe(200);

    const read = async (path: string) =>
      (await cloud.downloadFile({ fileID: `${FILE_ID_PREFIX}${path}` })).fileContent.toString();
    expect(await read('owned/a.txt')).toBe('mine again');
    expect(await read('owned/export.xlsx')).toBe('server');
    expect(await storage.info(`${FILE_ID_PREFIX}owned/a.txt`)).toMatchObject({ owner: 'oOWNER' });
  });

  it('refuses a body that is not multipart', async () => {
    const res = await fetch(`${server.origin}/upload`, {
      method: 'POST',
      headers: { 'x-openid': 'oMEMBER1' },
      body: '{}',
    });
    expect(res.status).toBe(400);
  });

  it('refuses a form without cloudPath, without file, or with an escaping path', async () => {
    const photo = new Blob([Buffer.from('jpeg')]);
    const answers = await Promise.all(
      [form({}, photo), form({ cloudPath: 'x.jpg' }), form({ cloudPath: '../x.jpg' }, photo)].map(
        (body) =>
          fetch(`${server.origin}/upload`, {
            method: 'POST',
            headers: { 'x-openid': 'oMEMBER1' },
            body,
          }),
      ),
    );
    expect(answers.map((res) => res.status)).toEqual([400, 400, 400]);
    const first = (await answers[0].json()) as { errMsg: string };
    expect(first.errMsg).toBe('uploadFile:fail cloudPath 不能为空');
  });
});
