import Database from 'better-sqlite3';
import type { Row } from './committer';
import { decodeFromDisk, type Doc } from './ejson';

/**
 * Write-through persistence in SQLite. WAL with synchronous=FULL: a commit is fsynced before
 * better-sqlite3 returns, so a reply sent after it survives a power cut, not just a process crash
 * (NORMAL may lose the last commits on power loss). Each group commit of the database is one
 * transaction; on disk they run on commit-worker.js (same settings), here only in memory.
 */
export class Store {
  private readonly db: Database.Database;
  private readonly upsert: Database.Statement;
  private readonly del: Database.Statement;
  private readonly addColl: Database.Statement;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY);
      CREATE TABLE IF NOT EXISTS docs (
        coll TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (coll, id)
      ) WITHOUT ROWID;`);
    this.upsert = this.db.prepare(
      'INSERT INTO docs (coll, id, body) VALUES (?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET body = excluded.body',
    );
    this.del = this.db.prepare('DELETE FROM docs WHERE coll = ? AND id = ?');
    this.addColl = this.db.prepare('INSERT OR IGNORE INTO collections (name) VALUES (?)');
  }

  collections(): string[] {
    return this.db.prepare('SELECT name FROM collections').pluck().all() as string[];
  }

  docs(coll: string): [string, Doc][] {
    const rows = this.db.prepare('SELECT id, body FROM docs WHERE coll = ?').raw().all(coll) as [
      string,
      string,
    ][];
    return rows.map(([id, body]) => [id, decodeFromDisk(body)]);
  }

  addCollection(name: string): void {
    this.addColl.run(name);
  }

  apply(rows: Row[]): void {
    this.db.transaction(() => {
      for (const [coll, id, body] of rows) {
        if (body === null) this.del.run(coll, id);
        else this.upsert.run(coll, id, body);
      }
    })();
  }

  close(): void {
    this.db.close();
  }
}
