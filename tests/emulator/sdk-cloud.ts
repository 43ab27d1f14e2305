import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as wxCloud from 'wx-server-sdk';
import { knowCloud, pointSdkAt } from '../support/sdk';
import {
  startLocalCloud,
  type LocalCloud,
  type LocalCloudOptions,
} from '../../emulator/local-cloud';

type Doc = Record<string, unknown>;
type Op = (...args: unknown[]) => object;

interface Query {
  where(query: object): Query;
  orderBy(field: string, dir: 'asc' | 'desc'): Query;
  skip(n: number): Query;
  limit(n: number): Query;
  field(projection: object): Query;
  get(): Promise<{ data: Doc[]; errMsg: string }>;
  count(): Promise<{ total: number; errMsg: string }>;
  update(options: {
    data: object;
    multi?: boolean;
  }): Promise<{ stats: { updated: number }; errMsg: string }>;
  remove(): Promise<{ stats: { removed: number }; errMsg: string }>;
}

interface DocRef {
  get(): Promise<{ data: Doc; errMsg: string }>;
  update(options: { data: object }): Promise<{ stats: { updated: number }; errMsg: string }>;
  set(options: {
    data: object;
  }): Promise<{ _id: string; stats: { updated: number; created: number } }>;
  remove(): Promise<{ stats: { removed: number }; errMsg: string }>;
}

interface Aggregate {
  match(q: object): Aggregate;
  group(g: object): Aggregate;
  sort(s: object): Aggregate;
  skip(n: number): Aggregate;
  limit(n: number): Aggregate;
  project(p: object): Aggregate;
  lookup(l: object): Aggregate;
  unwind(u: string | object): Aggregate;
  count(field: string): Aggregate;
  end(): Promise<{ list: Doc[]; errMsg: string }>;
}

interface Collection extends Query {
  doc(id: string): DocRef;
  add(options: { data: object }): Promise<{ _id: string; _ids: string[]; errMsg: string }>;
  aggregate(): Aggregate;
}

interface Transaction {
  collection(name: string): Collection;
  rollback(reason?: unknown): Promise<object>;
  commit(): Promise<object>;
}

interface Database {
  collection(name: string): Collection;
  createCollection(name: string): Promise<{ errMsg: string }>;
  command: Record<
    'gt' | 'gte' | 'lte' | 'in' | 'inc' | 'mul' | 'min' | 'max' | 'remove' | 'push',
    Op
  > &
    Record<'pull' | 'pop' | 'addToSet' | 'rename', Op> & { aggregate: Record<'sum', Op> };
  serverDate(options?: { offset: number }): object;
  RegExp(options: { regexp: string; options?: string }): object;
  runTransaction<T>(callback: (t: Transaction) => Promise<T>): Promise<T>;
  startTransaction(): Promise<Transaction>;
}

/** The part of wx-server-sdk these tests drive, typed by what it answers (its own typings return `void |`). */
export interface Sdk {
  init(options: object): void;
  database(): Database;
}

export const sdk = wxCloud as unknown as Sdk;

/** What the SDK rejects with: errCode/errMsg when it maps the error, code/message from the backend. */
export interface SdkError {
  errCode?: number;
  errMsg?: string;
  code?: string;
  message?: string;
}

export interface SdkCloud {
  cloud: LocalCloud;
  sdk: Sdk;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * A local cloud in a temp data dir, with the real wx-server-sdk of this test process pointed at
 * it the way a function instance is (the SDK reads these variables on every call).
 */
export async function startSdkCloud(options: LocalCloudOptions = {}): Promise<SdkCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'emulator-test-'));
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    h5Dir: null,
    timers: false,
    quiet: true,
    ...options,
  });
  knowCloud(cloud);
  pointSdkAt(cloud);
  sdk.init({ env: 'local' });
  return {
    cloud,
    sdk,
    dataDir,
    async close() {
      await cloud.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejection(promise: unknown): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected a rejection');
}
