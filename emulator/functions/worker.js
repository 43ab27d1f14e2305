// @ts-check
'use strict';
// Plain CommonJS on purpose: a worker thread loads this file with bare Node, whatever runs the
// local cloud (tsx, jest with babel, node), so it cannot be TypeScript.
const { parentPort } = require('node:worker_threads');

if (!parentPort) throw new Error('worker.js runs only as a worker thread');
const port = parentPort;

/**
 * One invocation at a time: set this thread's own process.env (wx-server-sdk reads it on every
 * call), run the function's main, answer with its return value as JSON text.
 * @param {{id: number, file: string, env: Record<string, string | null>, event: unknown, context: object}} job
 */
async function run(job) {
  for (const [key, value] of Object.entries(job.env)) {
    if (value === null) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    const fn = require(job.file);
    const value = await fn.main(job.event, job.context);
    const json = JSON.stringify(value);
    port.postMessage({ id: job.id, ok: true, json: json === undefined ? 'null' : json });
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const stack = error instanceof Error ? error.stack : undefined;
    port.postMessage({ id: job.id, ok: false, message, stack });
  }
}

port.on('message', (job) => {
  void run(job);
});
