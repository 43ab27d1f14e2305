import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { startLocalCloud, type LocalCloud } from '../../emulator/local-cloud';
import { signedAdmin } from './admin-request';

let cloud: LocalCloud;
let h5Dir: string;
beforeAll(async () => {
  h5Dir = mkdtempSync(join(tmpdir(), 'emulator-h5-'));
  mkdirSync(join(h5Dir, 'js'));
  writeFileSync(join(h5Dir, 'index.html'), '<!doctype html><title>智慧党建</title>');
  writeFileSync(join(h5Dir, 'js', 'app.js'), 'console.log(1)');
  cloud = await startLocalCloud({
    port: 0,
    dataDir: ':memory:',
    h5Dir,
    timers: false,
    quiet: true,
  });
  cloud.db.provision([
    { name: 'accounts', indexes: [] },
    { name: 'empty', indexes: [] },
  ]);
  cloud.db.insertMany('accounts', [{ _id: 'm1', roles: ['member'] }]);
});
afterAll(async () => {
  await cloud.close();
  rmSync(h5Dir, { recursive: true, force: true });
});

const admin = (body: Record<string, unknown>) => signedAdmin(cloud.url, cloud.credentials, body);

/** A request with headers fetch will not let a test set (Host). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${cloud.url}${path}`, { method, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(cloud.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers an unknown /admin action with HTTP 200 and INVALID_PARAM', async () => {
    const res = await admin({ action: 'nope.nothing' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      requestId: expect.any(String),
      code: 'INVALID_PARAM',
      message: expect.any(String),
    });
  });

  it('accepts /admin/inv/<id> with the query appended the SDK way', async () => {
    const res = await signedAdmin(
      cloud.url,
      cloud.credentials,
      { action: 'database.calculateDocument', collectionName: 'empty' },
      {},
      '/admin/inv/abc?env=local&seqId=2',
    );
    expect(await res.json()).toEqual({ requestId: expect.any(String), data: { total: 0 } });
  });

  it('serves the H5 build with content types and falls back to index.html for app routes', async () => {
    const js = await fetch(`${cloud.url}/js/app.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(await js.text()).toBe('console.log(1)');
    const route = await fetch(`${cloud.url}/pages/home/index`);
    expect(route.headers.get('content-type')).toContain('text/html');
    expect(await route.text()).toContain('智慧党建');
    expect((await fetch(`${cloud.url}/js/missing.js`)).status).toBe(404);
    const escape = await fetch(`${cloud.url}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).toContain('智慧党建');
  });
});

describe('who may reach the local cloud', () => {
  // What a page on any web site could send: a form-style text/plain body pushing a role.
  const promote = {
    action: 'database.modifyDocument',
    collectionName: 'accounts',
    query: JSON.stringify({ _id: 'm1' }),
    queryType: 'DOC',
    data: JSON.stringify({ $push: { roles: { $each: ['org_admin'] } } }),
    multi: false,
    merge: true,
    upsert: false,
  };
  const roles = () => cloud.db.find('accounts', { _id: 'm1' })[0].roles;
  const codeOf = async (res: Response) => ((await res.json()) as { code?: string }).code;

  it('refuses a cross-site text/plain POST to /admin, and nothing changes', async () => {
    const res = await fetch(`${cloud.url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify(promote),
    });
    expect(res.status).toBe(403);
    expect(roles()).toEqual(['member']);
  });

  it("refuses /admin without the functions' credentials, or signed with another key", async () => {
    const plain = await fetch(`${cloud.url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(promote),
    });
    expect(await codeOf(plain)).toBe('SIGN_PARAM_INVALID');
    const forged = await signedAdmin(
      cloud.url,
      { secretId: cloud.credentials.secretId, secretKey: 'guessed' },
      promote,
    );
    expect(await codeOf(forged)).toBe('SIGN_PARAM_INVALID');
    const textPlain = await signedAdmin(cloud.url, cloud.credentials, promote, {
      'content-type': 'text/plain',
    });
    expect(await codeOf(textPlain)).toBe('INVALID_PARAM');
    expect(roles()).toEqual(['member']);
    // The same request, signed with the cloud's own key, is what a function sends.
    expect(await codeOf(await admin(promote))).toBeUndefined();
    expect(roles()).toEqual(['member', 'org_admin']);
  });

  it('refuses a request addressed to another host name (DNS rebinding), on every path', async () => {
    const host = `rebind.example:${cloud.port}`;
    for (const [method, path] of [
      ['GET', '/'],
      ['GET', '/_local/outbox'],
      ['POST', '/fn/member'],
      ['POST', '/upload'],
      ['POST', '/admin'],
    ]) {
      expect(
        await raw(method, path, { host, 'content-type': 'application/json' }, '{}'),
      ).toMatchObject({
        status: 403,
      });
    }
    expect((await raw('GET', '/', { host: `localhost:${cloud.port}` })).status).toBe(200);
  });

  it("refuses another origin on /fn, /upload and /_local, and lets the app's own origin through", async () => {
    const from = (origin: string) => ({ origin, 'content-type': 'application/json' });
    const evil = from('http://127.0.0.1:1');
    expect(
      (await fetch(`${cloud.url}/fn/nope`, { method: 'POST', headers: evil, body: '{}' })).status,
    ).toBe(403);
    expect(
      (await fetch(`${cloud.url}/upload`, { method: 'POST', headers: evil, body: '{}' })).status,
    ).toBe(403);
    expect(
      (await fetch(`${cloud.url}/_local/quota`, { method: 'POST', headers: evil, body: '{}' }))
        .status,
    ).toBe(403);
    const own = await fetch(`${cloud.url}/fn/nope`, {
      method: 'POST',
      headers: from(cloud.url),
      body: '{}',
    });
    expect(own.status).toBe(404);
  });
});
