// @ts-check
'use strict';
// Plain CommonJS on purpose: a worker thread loads this file with bare Node, whatever runs the
// local cloud (tsx, jest with babel, node), so it cannot be TypeScript.
const { workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');

/** @type {{file: string, port: import('node:worker_threads').MessagePort, done: SharedArrayBuffer}} */
const { file, port, done } = workerData;
const committed = new Int32Array(done);
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const upsert = db.prepare(
  'INSERT INTO docs (coll, id, body) VALUES (?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET body = excluded.body',
);
const del = db.prepare('DELETE FROM docs WHERE coll = ? AND id = ?');
/** @type {(rows: [string, string, string | null][]) => void} */
const write = db.transaction((rows) => {
  for (const [coll, id, body] of rows) {
    if (body === null) del.run(coll, id);
    else upsert.run(coll, id, body);
  }
});

/**
 * One transaction per batch, fsynced (synchronous=FULL) off the local cloud's event loop. The
 * reply is posted before the shared counter moves, so a caller woken by the counter finds it.
 */
port.on('message', (/** @type {{seq: number, rows: [string, string, string | null][]}} */ msg) => {
  let error = null;
  try {
    write(msg.rows);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  port.postMessage({ seq: msg.seq, error });
  Atomics.store(committed, 0, msg.seq);
  Atomics.notify(committed, 0);
});
