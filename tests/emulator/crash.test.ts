import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCredentials } from '../../emulator/admin-auth';
import { knowCloud, pointSdkAt } from '../support/sdk';
import { sdk } from './sdk-cloud';

const ROOT = resolve(__dirname, '..', '..');
// Both runs of the local cloud take the same key pair, so the test's SDK can sign for either.
const credentials = createCredentials();
const noFunctions = mkdtempSync(join(tmpdir(), 'emulator-crash-fns-'));
afterAll(() => rmSync(noFunctions, { recursive: true, force: true }));

/** The command line in one process (so SIGKILL hits the server itself), on a free port, with no functions. */
async function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const args = ['--functions', noFunctions, '--data', dataDir, '--port', '0'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/main.ts', ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOCAL_CLOUD_SECRETID: credentials.secretId,
      LOCAL_CLOUD_SECRETKEY: credentials.secretKey,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (found) {
        knowCloud({ url: found[0], credentials });
        ok(found[0]);
      }
    });
    child.once('exit', (code) => fail(new Error(`local cloud exited with ${code}`)));
  });
  return { child, url };
}

describe('crash safety', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'emulator-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write after SIGKILL', async () => {
    const first = await startChild(dataDir);
    pointSdkAt(first.url);
    sdk.init({ env: 'local' });
    const db = sdk.database();
    await db.createCollection('crash');

    const acknowledged: string[] = [];
    let stop = false;
    // The kill comes right after the 150th acknowledgement; writers that all stop before it
    // fail the test at once instead of leaving it to wait.
    let enough: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (enough = resolve));
    const writer = async () => {
      for (let i = 0; !stop; i++) {
        try {
          const { _id } = await db.collection('crash').add({ data: { i, at: new Date(i) } });
          if (acknowledged.push(_id) === 150) enough();
        } catch {
          return;
        }
      }
    };
    const writers = [writer(), writer(), writer()];
    await Promise.race([
      reached,
      Promise.all(writers).then(() => {
        throw new Error(`写入在第 ${acknowledged.length} 次确认时就全部停止了`);
      }),
    ]);
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);

    const second = await startChild(dataDir);
    try {
      pointSdkAt(second.url);
      const { total } = await db.collection('crash').count();
      expect(total).toBeGreaterThanOrEqual(acknowledged.length);
      for (let start = 0; start < acknowledged.length; start += 100) {
        const ids = acknowledged.slice(start, start + 100);
        const { data } = await db
          .collection('crash')
          .where({ _id: db.command.in(ids) })
          .limit(100)
          .get();
        expect(data.map((d) => d._id).sort()).toEqual([...ids].sort());
      }
      const { data: sample } = await db.collection('crash').doc(acknowledged[0]).get();
      expect((sample as { at: unknown }).at).toBeInstanceOf(Date);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));
    }
  });
});
