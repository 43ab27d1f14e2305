import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../emulator/local-cloud';

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
});
afterAll(async () => {
  await cloud.close();
  rmSync(h5Dir, { recursive: true, force: true });
});

const admin = (body: string, path = '/admin?env=local&seqId=1') =>
  fetch(`${cloud.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(cloud.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers an unknown /admin action with HTTP 200 and INVALID_PARAM', async () => {
    const res = await admin(JSON.stringify({ action: 'nope.nothing' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      requestId: expect.any(String),
      code: 'INVALID_PARAM',
      message: expect.any(String),
    });
  });

  it('answers a body that is not JSON with HTTP 200 and an error code', async () => {
    const res = await admin('{oops');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { code: string }).code).toBe('INVALID_PARAM');
  });

  it('accepts /admin/inv/<id> with the query appended the SDK way', async () => {
    const res = await admin(
      JSON.stringify({ action: 'database.calculateDocument', collectionName: 'members' }),
      '/admin/inv/abc?env=local&seqId=2',
    );
    expect(await res.json()).toEqual({ requestId: expect.any(String), data: { total: 0 } });
  });

  it('accepts multipart bodies', async () => {
    const form = new FormData();
    form.append('action', 'database.calculateDocument');
    form.append('collectionName', 'members');
    const res = await fetch(`${cloud.url}/admin`, { method: 'POST', body: form });
    expect(((await res.json()) as { data: object }).data).toEqual({ total: 0 });
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
