// @ts-check
'use strict';
// Plain CommonJS on purpose: a worker thread loads this file with bare Node, whatever runs the
// local cloud (tsx, jest with babel, node), so it cannot be TypeScript.
const { parentPort } = require('node:worker_threads');

if (!parentPort) throw new Error('worker.js runs only as a worker thread');
const port = parentPort;

/** @param {unknown} error */
function describe(error) {
  return {
    message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  };
}

/** @param {Record<string, string | null>} env */
function setEnv(env) {
  for (const [key, value] of Object.entries(env)) {
    if (value === null) delete process.env[key];
    else process.env[key] = value;
  }
}

/** @type {{main: (event: unknown, context: object) => unknown} | undefined} */
let fn;

/**
 * Cold start: load the function's module once, under the environment of its first invocation
 * (initialisation has its own time limit, docs/cloudbase-protocol.md §4.2).
 * @param {{file: string, env: Record<string, string | null>}} job
 */
function load(job) {
  setEnv(job.env);
  try {
    fn = require(job.file);
    port.postMessage({ kind: 'loaded' });
  } catch (error) {
    port.postMessage({ kind: 'loadFailed', ...describe(error) });
  }
}

/**
 * One invocation at a time: set this thread's own process.env (wx-server-sdk reads it on every
 * call), run the function's main, answer with its return value as JSON text.
 * @param {{id: number, file: string, env: Record<string, string | null>, event: unknown, context: object}} job
 */
async function run(job) {
  setEnv(job.env);
  try {
    if (!fn) fn = require(job.file);
    const value = await /** @type {NonNullable<typeof fn>} */ (fn).main(job.event, job.context);
    const json = JSON.stringify(value);
    port.postMessage({
      kind: 'result',
      id: job.id,
      ok: true,
      json: json === undefined ? 'null' : json,
    });
  } catch (error) {
    port.postMessage({ kind: 'result', id: job.id, ok: false, ...describe(error) });
  }
}

// A promise nobody awaited (a fire-and-forget call that failed) must not take the instance down
// at once: the local cloud is told, logs it and recycles this instance once its other pending
// work has run out (docs/cloudbase-protocol.md §4.2).
process.on('unhandledRejection', (reason) => {
  port.postMessage({ kind: 'fault', ...describe(reason) });
});

port.on('message', (msg) => {
  if (msg.kind === 'load') load(msg);
  else if (msg.kind === 'run') void run(msg);
  // Retired: take no more work; the thread ends when what it has started is done.
  else if (msg.kind === 'drain') port.close();
});
