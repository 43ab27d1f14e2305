import { AdminError } from '../types';
import type { Collection } from './collection';
import type { Doc } from './ejson';

/** How long an unfinished transaction is kept (the real backend also drops stale ones). */
export const TRANSACTION_TTL_MS = 30_000;

interface Touch {
  coll: Collection;
  key: string;
  /** The document's version when the transaction first touched it. */
  version: number;
  /** The transaction's own view of the document (a copy). */
  doc: Doc | undefined;
  written: boolean;
}

/**
 * Snapshot isolation per document: the first touch copies the document and records its version;
 * later reads see that copy, writes change it, and commit refuses if anyone else wrote a
 * document this transaction wrote since it first touched it.
 */
export class Transaction {
  readonly startedAt = Date.now();
  private readonly touches = new Map<string, Touch>();

  constructor(readonly id: string) {}

  read(coll: Collection, key: string): Doc | undefined {
    return this.touch(coll, key).doc;
  }

  write(coll: Collection, key: string, doc: Doc | undefined): void {
    const t = this.touch(coll, key);
    t.doc = doc;
    t.written = true;
  }

  /** The writes to apply, or the first conflict. */
  writes(): { coll: Collection; key: string; doc: Doc | undefined }[] {
    const out = [];
    for (const t of this.touches.values()) {
      if (!t.written) continue;
      if (t.coll.version(t.key) !== t.version) {
        throw new AdminError(
          'DATABASE_TRANSACTION_CONFLICT',
          `write conflict on ${t.coll.name}/${t.key}`,
        );
      }
      out.push({ coll: t.coll, key: t.key, doc: t.doc });
    }
    return out;
  }

  private touch(coll: Collection, key: string): Touch {
    const id = `${coll.name}\u0000${key}`;
    let t = this.touches.get(id);
    if (!t) {
      const current = coll.docs.get(key);
      t = {
        coll,
        key,
        version: coll.version(key),
        doc: current && structuredClone(current),
        written: false,
      };
      this.touches.set(id, t);
    }
    return t;
  }
}

export class Transactions {
  private readonly open = new Map<string, Transaction>();
  private seq = 0;

  start(): Transaction {
    this.sweep();
    const tx = new Transaction(`tx-${Date.now().toString(36)}-${++this.seq}`);
    this.open.set(tx.id, tx);
    return tx;
  }

  get(id: string): Transaction {
    this.sweep();
    const tx = this.open.get(id);
    if (!tx)
      throw new AdminError(
        'DATABASE_TRANSACTION_FAIL',
        `transaction ${id} does not exist or has expired`,
      );
    return tx;
  }

  end(id: string): void {
    this.open.delete(id);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, tx] of this.open)
      if (now - tx.startedAt > TRANSACTION_TTL_MS) this.open.delete(id);
  }
}
