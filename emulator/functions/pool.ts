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

const WORKER_SCRIPT = join(__dirname, 'worker.js');

/**
 * The instances of one function: up to `size` worker threads kept warm, one invocation per
 * worker at a time, the rest queued. A worker that times out, dies or fails in any way is
 * retired and replaced; the failure answers only the call it happened in, never the process.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly log: (message: string) => void,
  ) {}

  run(job: Job, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private pump(): void {
    if (this.closed) return;
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.all.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      this.start(worker, this.queue.shift() as Pending);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SCRIPT);
    this.all.add(worker);
    // Between runs too: an 'error' with no listener would be thrown in this process.
    worker.on('error', (error) => {
      this.log(`云函数实例出错，已回收：${error.stack ?? error.message}`);
      this.retire(worker);
    });
    worker.on('exit', () => this.retire(worker));
    return worker;
  }

  private retire(worker: Worker): void {
    if (!this.all.delete(worker)) return;
    const idle = this.idle.indexOf(worker);
    if (idle >= 0) this.idle.splice(idle, 1);
    void worker.terminate();
    this.pump();
  }

  private start(worker: Worker, pending: Pending): void {
    const id = ++this.nextId;
    let settled = false;
    const finish = (retire: boolean) => {
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.off('messageerror', onError);
      if (retire) this.retire(worker);
      else {
        this.idle.push(worker);
        this.pump();
      }
    };
    const onMessage = (msg: {
      id: number;
      ok: boolean;
      json?: string;
      message?: string;
      stack?: string;
    }) => {
      if (msg.id !== id || settled) return;
      finish(false);
      if (msg.ok) pending.resolve(msg.json as string);
      else pending.reject(new InvocationError(msg.message as string, msg.stack));
    };
    const onError = (error: Error) => {
      if (settled) return;
      finish(true);
      pending.reject(new InvocationError(`${error.name}: ${error.message}`, error.stack));
    };
    const onExit = () => onError(new Error('function instance exited'));
    const timer = setTimeout(() => {
      if (settled) return;
      finish(true);
      pending.reject(
        new InvocationError(`Invocation timed out after ${pending.timeoutMs} ms`, undefined, true),
      );
    }, pending.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.on('messageerror', onError);
    try {
      worker.postMessage({ id, ...pending.job });
    } catch (error) {
      onError(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
