import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

export interface Job {
  file: string;
  /** Variables to set in the worker's process.env; null removes one. */
  env: Record<string, string | null>;
  event: unknown;
  context: object;
}

export class InvocationError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
    readonly timedOut = false,
  ) {
    super(message);
  }
}

interface Pending {
  job: Job;
  timeoutMs: number;
  resolve(json: string): void;
  reject(error: InvocationError): void;
}

interface Reply {
  kind: 'loaded' | 'loadFailed' | 'result' | 'fault';
  id?: number;
  ok?: boolean;
  json?: string;
  message?: string;
  stack?: string;
}

export interface PoolOptions {
  /** Warm instances at most. */
  size: number;
  /** How long a cold start (loading the function's module) may take, apart from the handler's timeout. */
  initTimeoutMs: number;
  /** How long a retired instance may go on with work it started before it is terminated. */
  drainMs: number;
  log(message: string): void;
}

const WORKER_SCRIPT = join(__dirname, 'worker.js');
/** How long an answer may trail its instance's failure (see `start`). */
const ANSWER_GRACE_MS = 50;

/**
 * The instances of one function: up to `size` worker threads kept warm, one invocation per
 * worker at a time, the rest queued. A new instance first loads the function (its own time
 * limit), then runs the handler under the function's timeout (docs/cloudbase-protocol.md §4.2).
 * A worker that times out or dies is terminated and replaced; one that reports an unhandled
 * rejection is retired: it takes no more calls and ends once the work it started is done (at
 * most `drainMs`). A failure answers only the call it happened in, never the process.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly loaded = new WeakSet<Worker>();
  /** Running a call: the worker is retired once that call has answered. */
  private readonly busy = new WeakSet<Worker>();
  private readonly faulted = new WeakSet<Worker>();
  private readonly draining = new Map<Worker, NodeJS.Timeout>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  run(job: Job, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.all, ...this.draining.keys()];
    for (const timer of this.draining.values()) clearTimeout(timer);
    this.draining.clear();
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private pump(): void {
    if (this.closed) return;
    while (this.queue.length) {
      const worker =
        this.idle.pop() ?? (this.all.size < this.options.size ? this.spawn() : undefined);
      if (!worker) return;
      this.start(worker, this.queue.shift() as Pending);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SCRIPT);
    this.all.add(worker);
    // Between runs too: an 'error' with no listener would be thrown in this process.
    worker.on('error', (error) => {
      this.options.log(`云函数实例出错，已回收：${error.stack ?? error.message}`);
      this.retire(worker);
    });
    worker.on('exit', () => {
      const timer = this.draining.get(worker);
      if (timer) {
        clearTimeout(timer);
        this.draining.delete(worker);
        this.options.log('云函数实例已回收（其余工作已完成）');
      }
      this.retire(worker);
    });
    worker.on('message', (msg: Reply) => {
      if (msg.kind !== 'fault') return;
      this.options.log(`云函数有未处理的 Promise 拒绝，实例将回收：${msg.stack ?? msg.message}`);
      this.faulted.add(worker);
      if (!this.busy.has(worker)) this.drain(worker);
    });
    return worker;
  }

  /** Terminates a worker now. */
  private retire(worker: Worker): void {
    const timer = this.draining.get(worker);
    if (timer) {
      clearTimeout(timer);
      this.draining.delete(worker);
    }
    this.forget(worker);
    void worker.terminate();
    this.pump();
  }

  /** Takes a worker out of service; it ends by itself once its own work is done, or after drainMs. */
  private drain(worker: Worker): void {
    if (!this.all.has(worker) || this.closed) return;
    this.forget(worker);
    this.draining.set(
      worker,
      setTimeout(() => {
        this.options.log(`云函数实例 ${this.options.drainMs} ms 后仍有未完成的工作，已终止`);
        this.retire(worker);
      }, this.options.drainMs),
    );
    worker.postMessage({ kind: 'drain' });
    this.pump();
  }

  private forget(worker: Worker): void {
    this.all.delete(worker);
    const idle = this.idle.indexOf(worker);
    if (idle >= 0) this.idle.splice(idle, 1);
  }

  private start(worker: Worker, pending: Pending): void {
    const id = ++this.nextId;
    const cold = !this.loaded.has(worker);
    let phase: 'init' | 'run' = cold ? 'init' : 'run';
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    this.busy.add(worker);
    const finish = (retire: boolean) => {
      settled = true;
      clearTimeout(timer);
      this.busy.delete(worker);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.off('messageerror', onError);
      if (retire) this.retire(worker);
      else if (this.faulted.has(worker)) this.drain(worker);
      else if (this.all.has(worker)) {
        this.idle.push(worker);
        this.pump();
      } else this.pump();
    };
    const onTimeout = () => {
      if (settled) return;
      finish(true);
      const message =
        phase === 'init'
          ? `Function initialisation timed out after ${this.options.initTimeoutMs} ms`
          : `Invocation timed out after ${pending.timeoutMs} ms`;
      pending.reject(new InvocationError(message, undefined, true));
    };
    const post = (msg: object) => {
      try {
        worker.postMessage(msg);
      } catch (error) {
        onError(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const runHandler = () => {
      phase = 'run';
      clearTimeout(timer);
      timer = setTimeout(onTimeout, pending.timeoutMs);
      post({ kind: 'run', id, ...pending.job });
    };
    const onMessage = (msg: Reply) => {
      if (settled) return;
      if (msg.kind === 'loaded' && phase === 'init') {
        this.loaded.add(worker);
        runHandler();
      } else if (msg.kind === 'loadFailed' && phase === 'init') {
        finish(true);
        pending.reject(new InvocationError(msg.message as string, msg.stack));
      } else if (msg.kind === 'result' && msg.id === id) {
        finish(false);
        if (msg.ok) pending.resolve(msg.json as string);
        else pending.reject(new InvocationError(msg.message as string, msg.stack));
      }
    };
    const fail = (error: Error) => {
      if (settled) return;
      finish(true);
      pending.reject(new InvocationError(`${error.name}: ${error.message}`, error.stack));
    };
    // An instance that fails just after answering: its answer, posted first, can reach this
    // thread after the failure does. It is given a moment to arrive, and wins if it does.
    const onError = (error: Error) => {
      if (!settled) setTimeout(() => fail(error), ANSWER_GRACE_MS);
    };
    const onExit = () => onError(new Error('function instance exited'));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.on('messageerror', onError);
    if (cold) {
      timer = setTimeout(onTimeout, this.options.initTimeoutMs);
      post({ kind: 'load', file: pending.job.file, env: pending.job.env });
    } else {
      runHandler();
    }
  }
}
