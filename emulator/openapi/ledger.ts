import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** One subscribe message the local cloud accepted, as `cloud.openapi.subscribeMessage.send` gave it. */
export interface SentMessage {
  msgid: number;
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: string;
  lang?: string;
  /** ISO time the message was accepted. */
  sentAt: string;
}

/**
 * WeChat's side of subscribe messages: each user's remaining sends per template, and what was
 * sent. Kept in SQLite under the data folder so a restarted local cloud still has them.
 */
export interface Ledger {
  quota(openid: string, templateId: string): number;
  setQuota(openid: string, templateId: string, count: number): void;
  /** Uses one send of the user's quota; false when none is left. */
  takeQuota(openid: string, templateId: string): boolean;
  record(message: Omit<SentMessage, 'msgid'>): SentMessage;
  outbox(touser?: string): SentMessage[];
  clearOutbox(): number;
  close(): void;
}

export function openLedger(dir: string): Ledger {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'openapi.db'));
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS quota (
      openid TEXT NOT NULL, template_id TEXT NOT NULL, count INTEGER NOT NULL,
      PRIMARY KEY (openid, template_id));
    CREATE TABLE IF NOT EXISTS outbox (
      msgid INTEGER PRIMARY KEY AUTOINCREMENT, touser TEXT NOT NULL, message TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS outbox_touser ON outbox (touser);
  `);
  const getQuota = db.prepare<[string, string], { count: number }>(
    'SELECT count FROM quota WHERE openid = ? AND template_id = ?',
  );
  const putQuota = db.prepare(
    'INSERT INTO quota (openid, template_id, count) VALUES (?, ?, ?) ' +
      'ON CONFLICT (openid, template_id) DO UPDATE SET count = excluded.count',
  );
  const decrement = db.prepare(
    'UPDATE quota SET count = count - 1 WHERE openid = ? AND template_id = ? AND count > 0',
  );
  const insert = db.prepare('INSERT INTO outbox (touser, message) VALUES (?, ?)');
  const all = db.prepare<[], { msgid: number; message: string }>(
    'SELECT msgid, message FROM outbox ORDER BY msgid',
  );
  const forUser = db.prepare<[string], { msgid: number; message: string }>(
    'SELECT msgid, message FROM outbox WHERE touser = ? ORDER BY msgid',
  );
  const clear = db.prepare('DELETE FROM outbox');

  return {
    quota: (openid, templateId) => getQuota.get(openid, templateId)?.count ?? 0,
    setQuota(openid, templateId, count) {
      if (!Number.isInteger(count) || count < 0) throw new RangeError(`配额须为非负整数：${count}`);
      putQuota.run(openid, templateId, count);
    },
    takeQuota: (openid, templateId) => decrement.run(openid, templateId).changes === 1,
    record(message) {
      const { lastInsertRowid } = insert.run(message.touser, JSON.stringify(message));
      return { msgid: Number(lastInsertRowid), ...message };
    },
    outbox: (touser) =>
      (touser === undefined ? all.all() : forUser.all(touser)).map(({ msgid, message }) => ({
        msgid,
        ...(JSON.parse(message) as Omit<SentMessage, 'msgid'>),
      })),
    clearOutbox: () => clear.run().changes,
    close() {
      db.close();
    },
  };
}
