import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALL_COLLECTIONS } from '../cloudfunctions/_shared/collections';
import { createCredentials, type Credentials } from './admin-auth';
import { createClock, type LocalClock } from './clock';
import { databasePart, LocalDatabase } from './db';
import { FunctionsRuntime, startTimers } from './functions';
import { createOpenApi, type OpenApi } from './openapi';
import { loadSecrets, type FunctionSecrets } from './secrets';
import { startServer } from './server';
import { createStorage, type Storage } from './storage';
import type { AdminAction, CloudPart } from './types';

const ROOT = resolve(__dirname, '..');

/** The secrets each function is given, as its console configuration would hold them; any other function gets none. */
const SECRETS_OF = new Map<string, (keyof FunctionSecrets)[]>([
  ['member', ['MEMBER_DATA_KEY', 'MEMBER_HASH_KEY']],
  ['points', ['POINTS_PSEUDONYM_KEY']],
  ['mailbox', ['MAILBOX_KEY']],
  ['activity', ['ACTIVITY_CODE_KEY']],
]);

export interface LocalCloudOptions {
  /** 0 picks a free port. Default 10086. */
  port?: number;
  /** Where the database and files live; ':memory:' keeps nothing. Default `.data/` at the repository root. */
  dataDir?: string;
  /** Built functions. Default `dist/cloudfunctions`. */
  functionsDir?: string;
  /** The H5 build to serve; null serves none. Default `dist/h5`. */
  h5Dir?: string | null;
  /** Run timer triggers on schedule. Default true. */
  timers?: boolean;
  quiet?: boolean;
  /** Fills a new, empty data dir (not run when the data dir already held a database), as of `now`. */
  /** Fills a new data folder: the database, and storage through `files` (demo media). */
  seed?: (
    db: LocalDatabase,
    secrets: FunctionSecrets,
    now: Date,
    files: Pick<Storage, 'put'>,
  ) => Promise<void> | void;
  /**
   * Start with the clock stopped at this instant (`2026-12-06T10:00:00+08:00`), the seed
   * included; default: real time. Tests move it with `clock` (docs/cloudbase-protocol.md §4.5).
   */
  at?: Date | number | string;
  appId?: string;
  /** The functions' API key pair, which `/admin` requests must be signed with. Default: a fresh random pair. */
  credentials?: Credentials;
}

export interface LocalCloud {
  url: string;
  port: number;
  db: LocalDatabase;
  functions: FunctionsRuntime;
  storage: Storage;
  openapi: OpenApi;
  /** What an SDK outside the functions (a test, a script) needs to reach `/admin`. */
  credentials: Credentials;
  /** The one clock of functions, database, storage and openapi: tests set and advance it. */
  clock: LocalClock;
  close(): Promise<void>;
}

/** Starts the whole local cloud: database, storage, openapi, functions and their gateway on one 127.0.0.1 server. */
export async function startLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  const clock = createClock(options.at);
  const dataDir = options.dataDir ?? join(ROOT, '.data');
  const scratch = dataDir === ':memory:' ? mkdtempSync(join(tmpdir(), 'local-cloud-')) : undefined;
  const db = new LocalDatabase(dataDir);
  db.provision(ALL_COLLECTIONS);
  const secrets = loadSecrets(scratch ?? dataDir);

  const credentials = options.credentials ?? createCredentials();
  let origin = '';
  const baseUrl = () => origin;
  const functions = new FunctionsRuntime({
    dir: options.functionsDir ?? join(ROOT, 'dist', 'cloudfunctions'),
    baseUrl,
    appId: options.appId ?? 'wxlocal0000000000',
    quiet: options.quiet ?? false,
    // Every secret is named, those not given as null, so none leaks in from this process's environment.
    env: (name) =>
      Object.fromEntries(
        (Object.keys(secrets) as (keyof FunctionSecrets)[]).map((key) => [
          key,
          SECRETS_OF.get(name)?.includes(key) ? secrets[key] : null,
        ]),
      ),
    credentials,
    clock,
  });
  const storage = createStorage({
    dir: join(scratch ?? dataDir, 'storage'),
    baseUrl,
    now: clock.nowMs,
  });
  if (db.isNew && options.seed) await options.seed(db, secrets, clock.now(), storage);
  const openapi = createOpenApi({ dir: join(scratch ?? dataDir, 'openapi'), now: clock.nowMs });
  const parts: CloudPart[] = [countedDatabase(db, functions, clock), storage, openapi, functions];

  const server = await startServer({
    port: options.port ?? 10086,
    parts,
    h5Dir: options.h5Dir === undefined ? join(ROOT, 'dist', 'h5') : options.h5Dir,
    credentials,
    admit: (invocationId) => functions.admit(invocationId),
  });
  origin = server.url;
  const timers = options.timers === false ? undefined : startTimers(functions);
  if (!options.quiet) {
    console.log(`本地云已启动，仅本机可访问（127.0.0.1）。在浏览器中打开：${server.url}`);
  }

  return {
    url: server.url,
    port: server.port,
    db,
    functions,
    storage,
    openapi,
    credentials,
    clock,
    async close() {
      timers?.stop();
      await functions.close();
      await server.close();
      storage.close();
      openapi.close();
      db.close();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** The database part, each request also counted against the function invocation that sent it. */
function countedDatabase(
  db: LocalDatabase,
  functions: FunctionsRuntime,
  clock: LocalClock,
): CloudPart {
  const actions: Record<string, AdminAction> = {};
  for (const [name, action] of Object.entries(databasePart(db, clock.nowMs).actions ?? {})) {
    actions[name] = (body, context) => {
      functions.recordDbOp(context?.invocationId);
      return action(body, context);
    };
  }
  return { actions };
}
