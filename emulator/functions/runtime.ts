import { availableParallelism } from 'node:os';
import type { Credentials } from '../admin-auth';
import type { LocalClock } from '../clock';
import { AdminError, type AdminContext, type CloudPart } from '../types';
import { functionFile, readConfig } from './config';
import { MAX_EVENT_BYTES, MAX_EVENT_DEPTH, nestsDeeperThan } from './event-limits';
import { gatewayRoute } from './gateway';
import { InvocationError, WorkerPool } from './pool';

export interface FunctionsOptions {
  /** Folder of functions: `<name>/index.js` and `<name>/config.json`; none without it. */
  dir?: string;
  /** The local cloud's origin, known once the server listens. */
  baseUrl: () => string;
  appId: string;
  quiet: boolean;
  /** The configured environment variables (secrets) of function `name`; null keeps one unset. */
  env: (name: string) => Record<string, string | null>;
  /** The API key pair the functions' SDK signs its requests to the cloud with. */
  credentials: Credentials;
  /** The local cloud's clock: each invocation's time (docs/cloudbase-protocol.md §4.5). */
  clock: LocalClock;
}

export interface Invocation {
  openid?: string;
  /**
   * How the platform started it (`getWXContext().SOURCE`): `wx_client`, `wx_trigger`, and for a
   * function called by another function the caller's source followed by `,scf`
   * (docs/cloudbase-protocol.md §6.1).
   */
  source: string;
}

export interface InvocationResult {
  /** The function's return value as JSON text. */
  json: string;
  /** Database requests made by the invocation (and functions it called). */
  dbOps: number;
}

interface Running {
  openid?: string;
  source: string;
  dbOps: number;
  parent?: Running;
}

/**
 * Warm instances a function may have at once. The platform adds instances as calls arrive; with
 * only one per core, a function that waits on the database most of its time would leave the
 * machine idle under load.
 */
const INSTANCES = Math.max(4, availableParallelism());

/**
 * How long a new instance may take to load its function (the module's top level: requiring the
 * SDK and the code), apart from the handler's config.json timeout (docs/cloudbase-protocol.md §4.2).
 */
export const INIT_TIMEOUT_MS = 60_000;

/** Invocations that timed out, remembered so their late requests are refused (§4.2); the newest only. */
const TIMED_OUT_KEPT = 1000;

/**
 * Runs built cloud functions the way the platform does: warm worker instances per function,
 * the SDK's environment set per invocation, config.json's timeout enforced.
 */
export class FunctionsRuntime implements CloudPart {
  readonly routes = [gatewayRoute(this)];
  readonly actions = {
    'functions.invokeFunction': (body: Record<string, unknown>, context?: AdminContext) =>
      this.invokeFromSdk(body, context),
  };
  private readonly pools = new Map<string, { pool: WorkerPool; timeoutMs: number }>();
  private readonly running = new Map<string, Running>();
  /** Built functions found so far: every call asked the disk twice before. */
  private readonly files = new Map<string, string>();
  /** Invocations reported to their caller as timed out: whatever they still send is refused. */
  private readonly timedOut = new Set<string>();
  private seq = 0;

  constructor(readonly options: FunctionsOptions) {}

  exists(name: string): boolean {
    return this.fileOf(name) !== undefined;
  }

  /**
   * Refuses a request sent by an invocation its caller was told had timed out: a timed-out call
   * must not go on writing (docs/cloudbase-protocol.md §4.2).
   */
  admit(invocationId: string | undefined): void {
    if (invocationId && this.timedOut.has(invocationId))
      throw new AdminError(
        'FUNCTIONS_EXECUTE_FAIL',
        `invocation ${invocationId} timed out; its requests are refused`,
      );
  }

  /** Counts one database request against the invocation that sent it and those that called it. */
  recordDbOp(invocationId: string | undefined): void {
    for (let r = invocationId ? this.running.get(invocationId) : undefined; r; r = r.parent)
      r.dbOps++;
  }

  async invoke(
    name: string,
    event: unknown,
    who: Invocation,
    parentId?: string,
  ): Promise<InvocationResult> {
    const file = this.fileOf(name);
    if (!file) throw new AdminError('INVALID_PARAM', functionNotFound(name));
    const { pool, timeoutMs } = this.poolOf(name);
    const id = `${process.pid.toString(36)}${(++this.seq).toString(36)}${Date.now().toString(36)}`;
    const state: Running = {
      openid: who.openid,
      source: who.source,
      dbOps: 0,
      parent: parentId ? this.running.get(parentId) : undefined,
    };
    this.running.set(id, state);
    try {
      const json = await pool.run(
        {
          file,
          env: this.envFor(name, id, who),
          event,
          context: {
            request_id: id,
            function_name: name,
            function_version: '$LATEST',
            namespace: 'local',
            memory_limit_in_mb: 256,
            time_limit_in_ms: timeoutMs,
            environ: '',
          },
        },
        timeoutMs,
      );
      return { json, dbOps: state.dbOps };
    } catch (error) {
      // Marked before any later request is read: the rejection settles in this same turn.
      if (error instanceof InvocationError && error.timedOut) {
        this.timedOut.add(id);
        if (this.timedOut.size > TIMED_OUT_KEPT)
          this.timedOut.delete(this.timedOut.values().next().value as string);
      }
      throw error;
    } finally {
      this.running.delete(id);
    }
  }

  /**
   * Runs a function's timer trigger now (as the schedule would), at the local cloud's time: a
   * test sets the clock, then runs the timer (docs/cloudbase-protocol.md §4.3).
   */
  async runTimer(name: string, triggerName?: string): Promise<InvocationResult> {
    const trigger = readConfig(this.options.dir, name).triggers[0];
    const event = {
      Type: 'Timer',
      TriggerName: triggerName ?? trigger?.name ?? 'timer',
      Time: this.options.clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    };
    return this.invoke(name, event, { source: 'wx_trigger' });
  }

  log(message: string): void {
    if (!this.options.quiet) console.error(message);
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map(({ pool }) => pool.close()));
    this.pools.clear();
  }

  private async invokeFromSdk(
    body: Record<string, unknown>,
    context?: AdminContext,
  ): Promise<object> {
    const name = String(body.function_name ?? '');
    if (!this.exists(name)) throw new AdminError('INVALID_PARAM', functionNotFound(name));
    const data =
      typeof body.request_data === 'string' && body.request_data ? body.request_data : '{}';
    if (Buffer.byteLength(data) > MAX_EVENT_BYTES || nestsDeeperThan(data, MAX_EVENT_DEPTH))
      throw new AdminError('INVALID_PARAM', 'request_data is too large or too deeply nested');
    let event: unknown;
    try {
      event = JSON.parse(data);
    } catch {
      throw new AdminError('INVALID_PARAM', 'request_data is not JSON');
    }
    const caller = context?.invocationId ? this.running.get(context.invocationId) : undefined;
    try {
      const { json } = await this.invoke(
        name,
        event,
        // The platform passes the source down the chain: B called by A (called by the mini-program) sees `wx_client,scf`.
        { openid: caller?.openid, source: `${caller?.source ?? 'wx_client'},scf` },
        context?.invocationId,
      );
      return { data: { response_data: json } };
    } catch (error) {
      if (!(error instanceof InvocationError)) throw error;
      this.log(`云函数 ${name} 出错：${error.detail ?? error.message}`);
      throw new AdminError('FUNCTIONS_EXECUTE_FAIL', error.message);
    }
  }

  /** How far the local clock is from the machine's as the invocation starts; unset on real time. */
  /**
   * The clock as this invocation sees it: a stopped clock stays stopped for the whole
   * invocation (however long a loaded machine takes to reach the function's own read), a
   * running one is its distance from the machine's time.
   */
  private clockEnv(): Record<'LOCAL_CLOCK_STOPPED_AT_MS' | 'LOCAL_CLOCK_OFFSET_MS', string | null> {
    const { clock } = this.options;
    if (clock.frozen) {
      return { LOCAL_CLOCK_STOPPED_AT_MS: String(clock.nowMs()), LOCAL_CLOCK_OFFSET_MS: null };
    }
    const offset = clock.nowMs() - Date.now();
    return {
      LOCAL_CLOCK_STOPPED_AT_MS: null,
      LOCAL_CLOCK_OFFSET_MS: offset === 0 ? null : String(offset),
    };
  }

  private fileOf(name: string): string | undefined {
    let file = this.files.get(name);
    if (!file) {
      file = functionFile(this.options.dir, name);
      if (file) this.files.set(name, file);
    }
    return file;
  }

  private poolOf(name: string): { pool: WorkerPool; timeoutMs: number } {
    let entry = this.pools.get(name);
    if (!entry) {
      const { timeout } = readConfig(this.options.dir, name);
      entry = {
        pool: new WorkerPool({
          size: INSTANCES,
          initTimeoutMs: INIT_TIMEOUT_MS,
          // A retired instance may finish what it started for as long as a handler may run.
          drainMs: timeout * 1000,
          log: (message) => this.log(`${name}：${message}`),
        }),
        timeoutMs: timeout * 1000,
      };
      this.pools.set(name, entry);
    }
    return entry;
  }

  /**
   * What the platform puts in an instance's environment for one invocation
   * (docs/cloudbase-protocol.md §1.1, §6), and the local clock's offset (§4.5).
   */
  private envFor(
    name: string,
    invocationId: string,
    who: Invocation,
  ): Record<string, string | null> {
    return {
      // TCB_ENV listed too: wx-server-sdk 2.5–2.6 resolve DYNAMIC_CURRENT_ENV only from the context keys (§1.1).
      TCB_CONTEXT_KEYS: 'TCB_CONTEXT_CNFG,TCB_ENV',
      // The invocation id goes in the path: the SDK appends `env=…` without '&' to a URL that has a query.
      TCB_CONTEXT_CNFG: JSON.stringify({
        URL: `${this.options.baseUrl()}/admin/inv/${invocationId}`,
      }),
      TENCENTCLOUD_SECRETID: this.options.credentials.secretId,
      TENCENTCLOUD_SECRETKEY: this.options.credentials.secretKey,
      TENCENTCLOUD: 'true',
      TCB_ENV: 'local',
      SILENCE: 'true',
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
      WX_OPENID: who.openid ?? null,
      WX_APPID: this.options.appId,
      WX_UNIONID: null,
      WX_CLIENTIP: '127.0.0.1',
      TCB_SOURCE: who.source,
      ...this.clockEnv(),
      ...this.options.env(name),
    };
  }
}

/**
 * The message for a function that is not deployed. The captured reference has only the code
 * (`INVALID_PARAM`), not the real cloud's text (docs/cloudbase-protocol.md §4.1).
 */
function functionNotFound(name: string): string {
  return `function not found: ${name}`;
}
