import { join } from 'node:path';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import type { Store } from './store';

/** One document write as stored: collection, key, canonical EJSON body (null: deleted). */
export type Row = [string, string, string | null];

/** Writes batches of rows to SQLite, each in one transaction, in the order they are sent. */
export interface Committer {
  /** Resolves once the batch is committed (fsynced). */
  send(rows: Row[]): Promise<void>;
  /** Commits before returning, after every batch sent before it. */
  sendSync(rows: Row[]): void;
  close(): void;
}

/** Commits on the event loop (an in-memory database cannot be shared with a thread). */
export function inlineCommitter(store: Store): Committer {
  return {
    send: async (rows) => store.apply(rows),
    sendSync: (rows) => store.apply(rows),
    close: () => undefined,
  };
}

interface Reply {
  seq: number;
  error: string | null;
}

/**
 * Commits on a worker thread with its own SQLite connection: the fsync of a commit no longer
 * blocks the event loop, so requests go on being served (and batched) while it runs.
 */
export class ThreadCommitter implements Committer {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly committed = new Int32Array(new SharedArrayBuffer(4));
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private seq = 0;

  constructor(file: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(join(__dirname, 'commit-worker.js'), {
      workerData: { file, port: port2, done: this.committed.buffer },
      transferList: [port2],
    });
    this.worker.unref();
    this.worker.on('error', (error) => {
      for (const seq of [...this.waiting.keys()]) this.settle({ seq, error: error.message });
    });
    this.port.on('message', (reply: Reply) => this.settle(reply));
    this.port.unref();
  }

  send(rows: Row[]): Promise<void> {
    const seq = ++this.seq;
    // Keep the port referenced while a commit is awaited, so the process waits for it.
    this.port.ref();
    const done = new Promise<void>((resolve, reject) => {
      this.waiting.set(seq, (reply) =>
        reply.error === null ? resolve() : reject(new Error(reply.error)),
      );
    });
    this.port.postMessage({ seq, rows });
    return done;
  }

  sendSync(rows: Row[]): void {
    const seq = ++this.seq;
    this.port.postMessage({ seq, rows });
    for (;;) {
      const message = receiveMessageOnPort(this.port);
      if (message) {
        const reply = message.message as Reply;
        if (reply.seq !== seq) {
          this.settle(reply);
          continue;
        }
        if (reply.error !== null) throw new Error(reply.error);
        return;
      }
      const at = Atomics.load(this.committed, 0);
      if (at < seq) Atomics.wait(this.committed, 0, at);
    }
  }

  close(): void {
    this.sendSync([]);
    this.port.close();
    void this.worker.terminate();
  }

  private settle(reply: Reply): void {
    const waiter = this.waiting.get(reply.seq);
    this.waiting.delete(reply.seq);
    if (!this.waiting.size) this.port.unref();
    waiter?.(reply);
  }
}
