import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCredentials, type Credentials } from './admin-auth';
import { createClock, type LocalClock } from './clock';
import { databasePart, LocalDatabase } from './db';
import type { IndexSpec } from './db/collection';
import { FunctionsRuntime, startTimers } from './functions';
import { createOpenApi, type OpenApi } from './openapi';
import { loadSecrets, secretsFor, type SecretsOf } from './secrets';
import { startServer } from './server';
import { createStorage, type Storage } from './storage';
import type { AdminAction, CloudPart } from './types';

/**
 * What a project's provisioning step creates in an environment: its collections and the indexes
 * behind their queries. Locally both leave what exists as it is, so the step runs on every start.
 */
export interface ProvisionTarget {
  createCollection(name: string): Promise<void> | void;
  createIndex(collection: string, index: IndexSpec): Promise<void> | void;
}

/**
 * A local cloud for one project. The project hands it everything that is its own: its functions,
 * its provisioning step, which function gets which secret, and its demo seed.
 */
export interface LocalCloudOptions<S extends string = string> {
  /** The functions: `<name>/index.js` (and `config.json`) per function. Default: none. */
  functionsDir?: string;
  /** 0 picks a free port. Default 10086. */
  port?: number;
  /** Where the database, files and secrets live; ':memory:' (the default) keeps nothing. */
  dataDir?: string;
  /** A web client's build to serve at `/` (the H5 app); null or absent serves none. */
  h5Dir?: string | null;
  /** Run timer triggers on schedule. Default true. */
  timers?: boolean;
  quiet?: boolean;
  /** Creates the project's collections and indexes; runs on every start, before the seed. */
  provision?: (target: ProvisionTarget) => Promise<void> | void;
  /**
   * Function name → the environment variables (secrets) it is given, as the console would hold
   * them: each generated once per data folder; any other function gets none.
   */
  secrets?: SecretsOf<S>;
  /** Fills a new, empty data folder (not run when it already held a database), as of `now`: the database, and storage through `files`. */
  seed?: (
    db: LocalDatabase,
    secrets: Record<S, string>,
    now: Date,
    files: Pick<Storage, 'put'>,
  ) => Promise<void> | void;
  /**
   * Create a collection the first time a request names it. Default false: as on the real cloud,
   * a request on a collection never created fails (DATABASE_COLLECTION_NOT_EXIST).
   */
  autoCollections?: boolean;
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
export async function startLocalCloud<S extends string = string>(
  options: LocalCloudOptions<S> = {},
): Promise<LocalCloud> {
  const clock = createClock(options.at);
  const dataDir = options.dataDir ?? ':memory:';
  const scratch = dataDir === ':memory:' ? mkdtempSync(join(tmpdir(), 'local-cloud-')) : undefined;
  const db = new LocalDatabase(dataDir, { autoCollections: options.autoCollections });
  await options.provision?.({
    createCollection: (name) => db.provision([{ name, indexes: [] }]),
    createIndex: (collection, index) => db.provision([{ name: collection, indexes: [index] }]),
  });
  const secretsOf = options.secrets ?? {};
  const secrets = loadSecrets(scratch ?? dataDir, secretsOf);

  const credentials = options.credentials ?? createCredentials();
  let origin = '';
  const baseUrl = () => origin;
  const functions = new FunctionsRuntime({
    dir: options.functionsDir,
    baseUrl,
    appId: options.appId ?? 'wxlocal0000000000',
    quiet: options.quiet ?? false,
    env: (name) => secretsFor(name, secretsOf, secrets),
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
    h5Dir: options.h5Dir ?? null,
    credentials,
    admit: (invocationId) => functions.admit(invocationId),
  });
  origin = server.url;
  const timers = options.timers === false ? undefined : startTimers(functions);
  if (!options.quiet) {
    console.log(
      options.h5Dir
        ? `本地云已启动，仅本机可访问（127.0.0.1）。在浏览器中打开：${server.url}`
        : `本地云已启动，仅本机可访问（127.0.0.1）：${server.url}`,
    );
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

/** Closes the local cloud on Ctrl-C or SIGTERM, then ends the process. */
export function stopOnSignals(cloud: LocalCloud): void {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    cloud.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
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
