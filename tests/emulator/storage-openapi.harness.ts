import busboy from 'busboy';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AdminError, RawReply, type AdminBody, type CloudPart } from '../../emulator/types';

/**
 * A minimal stand-in for the local cloud's HTTP server: decodes `/admin` bodies as the real one
 * does (JSON, or multipart with text parts as strings and file parts as Buffers) and dispatches
 * to the parts' actions and routes, so the parts can be driven by the real wx-server-sdk.
 */
export interface PartServer {
  origin: string;
  close(): Promise<void>;
}

export async function startPartServer(parts: CloudPart[]): Promise<PartServer> {
  const actions = Object.assign({}, ...parts.map((part) => part.actions ?? {}));
  const routes = parts.flatMap((part) => part.routes ?? []);

  const dispatch = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/admin') return answerAdmin(req, res, actions);
    const route = routes.find((r) => r.method === req.method && r.path.test(url.pathname));
    if (route) return route.handle(req, res, url);
    res.writeHead(404).end();
  };
  const server = createServer((req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answerAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  actions: Record<string, (body: AdminBody) => Promise<object | RawReply>>,
): Promise<void> {
  const body = await readAdminBody(req);
  const action = actions[String(body.action)];
  let reply: object | RawReply;
  try {
    if (!action) throw new AdminError('INVALID_PARAM', `unknown action ${String(body.action)}`);
    reply = await action(body);
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    reply = { code: error.code, message: error.message };
  }
  if (reply instanceof RawReply) {
    res.writeHead(200, { 'content-type': reply.contentType });
    res.end(reply.body);
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ requestId: 'test', ...reply }));
}

function readAdminBody(req: IncomingMessage): Promise<AdminBody> {
  if (!String(req.headers['content-type']).startsWith('multipart/form-data')) {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      req.on('error', reject);
    });
  }
  return new Promise((resolve, reject) => {
    const body: AdminBody = {};
    const parser = busboy({ headers: req.headers });
    parser.on('field', (name, value) => {
      body[name] = value;
    });
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        body[name] = Buffer.concat(chunks);
      });
    });
    parser.on('close', () => resolve(body));
    parser.on('error', reject);
    req.pipe(parser);
  });
}

/** The real wx-server-sdk, pointed at `origin` the way the local cloud points functions at it (§1.1). */
export function loadSdk(origin: string): typeof import('wx-server-sdk') {
  Object.assign(process.env, {
    TCB_CONTEXT_KEYS: 'TCB_CONTEXT_CNFG',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${origin}/admin` }),
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TENCENTCLOUD: 'true',
    TCB_ENV: 'local',
    SILENCE: 'true',
  });
  // Required only after the environment is set: the SDK reads credentials when it loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: 'local' });
  return cloud;
}
