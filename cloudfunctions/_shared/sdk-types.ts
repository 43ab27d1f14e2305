import type * as sdk from 'wx-server-sdk';
import type { DB, ICloud } from 'wx-server-sdk';

/**
 * wx-server-sdk 4.0.2 as the functions use it, typed by what it answers. Its own declarations
 * give most calls `Promise | void | string` (the callback style answers nothing), documents as
 * `Record<string, any>`, and `openapi` as `any`; cloud.ts asserts these shapes once, so no call
 * site has to. Sections are those of docs/cloudbase-protocol.md.
 */

/** A merge update's answer (§2.6): `updated` counts the documents actually changed. */
export interface UpdateResult {
  stats: { updated: number };
}

/** A query being built, then run (§2.2–§2.8). */
export interface Query {
  where(condition: object): Query;
  orderBy(field: string, order: 'asc' | 'desc'): Query;
  limit(max: number): Query;
  skip(offset: number): Query;
  field(projection: Record<string, boolean>): Query;
  /** The matching documents (§2.2). The database keeps no schema: the caller names their type. */
  get<T>(): Promise<{ data: T[] }>;
  /** §2.3 */
  count(): Promise<{ total: number }>;
  /** §2.6; runs outside any transaction (§2.11). */
  update(options: { data: object }): Promise<UpdateResult>;
  /** §2.8 */
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface DocumentRef {
  /** Throws when the document does not exist (§2.5). */
  get<T>(): Promise<{ data: T }>;
  /** §2.6 */
  update(options: { data: object }): Promise<UpdateResult>;
  /** Replaces or creates the document (§2.7); nothing reads the answer. */
  set(options: { data: object }): Promise<unknown>;
  /** §2.8 */
  remove(): Promise<{ stats: { removed: number } }>;
}

/** Pipeline stages in call order (§2.9); `end` answers the documents the last stage leaves. */
export interface Aggregate {
  match(query: object): Aggregate;
  lookup(join: object): Aggregate;
  project(projection: object): Aggregate;
  end<T>(): Promise<{ list: T[] }>;
}

export interface Collection extends Query {
  doc(id: string): DocumentRef;
  /** One document or a batch (§2.4); nothing reads the answer. */
  add(options: { data: object | object[] }): Promise<unknown>;
  aggregate(): Aggregate;
}

/** What a transaction's work is handed: collections whose operations carry its id (§2.11). */
export interface Transaction {
  collection(name: string): Collection;
}

export interface Database {
  readonly command: DB.DatabaseCommand;
  readonly RegExp: DB.IRegExpConstructor;
  collection(name: string): Collection;
  /** Runs `work` again on a commit conflict, up to `times` more attempts (§2.11). */
  runTransaction<R>(work: (t: Transaction) => Promise<R>, times?: number): Promise<R>;
}

/**
 * msgSecCheck v2's answer (§5.3 step 5, §5.6): WeChat's JSON with camelCase keys; an `errcode`
 * rejects instead.
 */
export interface MsgSecCheckResult {
  result: { suggest: 'pass' | 'review' | 'risky'; label: number };
}

export interface OpenApi {
  security: {
    msgSecCheck(params: {
      content: string;
      version: 2;
      scene: number;
      openid: string;
    }): Promise<MsgSecCheckResult>;
  };
  subscribeMessage: {
    /** §5.5; a refusal such as 43101 (no quota left) rejects with its `errCode`. */
    send(params: {
      touser: string;
      templateId: string;
      page: string;
      data: Record<string, { value: string }>;
      miniprogramState: 'developer' | 'trial' | 'formal';
    }): Promise<unknown>;
  };
}

type Sdk = typeof sdk;

export interface Cloud extends Omit<
  Sdk,
  'init' | 'database' | 'getTempFileURL' | 'deleteFile' | 'openapi'
> {
  /** `env` may be DYNAMIC_CURRENT_ENV, which the SDK documents but does not declare. */
  init(config: { env: string | Sdk['DYNAMIC_CURRENT_ENV'] }): void;
  database(): Database;
  /** §3.2 */
  getTempFileURL(param: ICloud.GetTempFileURLParam): Promise<ICloud.GetTempFileURLResult>;
  /** §3.3 */
  deleteFile(param: { fileList: string[] }): Promise<{
    fileList: { fileID: string; status: number }[];
  }>;
  openapi: OpenApi;
}
