import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readAdminBody } from './admin-body';
import { serveStatic } from './static-files';
import { AdminError, RawReply, type AdminAction, type CloudPart } from './types';

export interface ServerOptions {
  /** 0 picks a free port. */
  port: number;
  parts: CloudPart[];
  /** The H5 build to serve on GET, or null for none. */
  h5Dir: string | null;
}

export interface CloudServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** `/admin` with any query; `/admin/inv/<id>` names the function invocation that sent it. */
const ADMIN_PATH = /^\/admin(?:\/inv\/([^/?]+))?\/?$/;

/**
 * The local cloud's one HTTP server, on 127.0.0.1 only: `/admin` dispatches the SDK's actions to
 * the parts (always HTTP 200, CLOUDBASE-PROTOCOL §1.4), then the parts' own routes, then the H5 build.
 */
export async function startServer({ port, parts, h5Dir }: ServerOptions): Promise<CloudServer> {
  const actions: Record<string, AdminAction> = Object.assign(
    {},
    ...parts.map((p) => p.actions ?? {}),
  );
  const routes = parts.flatMap((p) => p.routes ?? []);
  let requests = 0;

  const answerAdmin = async (req: IncomingMessage, res: ServerResponse, invocationId?: string) => {
    const requestId = `local-${Date.now().toString(16)}-${(++requests).toString(16)}`;
    let reply: object | RawReply;
    try {
      const body = await readAdminBody(req);
      const action = actions[String(body.action)];
      if (!action) throw new AdminError('INVALID_PARAM', `unknown action ${String(body.action)}`);
      reply = await action(body, { invocationId });
    } catch (error) {
      reply =
        error instanceof AdminError
          ? { code: error.code, message: error.message }
          : { code: 'SYS_ERR', message: error instanceof Error ? error.message : String(error) };
    }
    if (reply instanceof RawReply) {
      res.writeHead(200, {
        'content-type': reply.contentType,
        'content-length': reply.body.length,
      });
      res.end(reply.body);
      return;
    }
    // Not exactly `application/json; charset=utf-8`: the SDK pre-parses that one and then rejects pay replies (§5.4).
    const text = JSON.stringify({ requestId, ...reply });
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  };

  const dispatch = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const admin = ADMIN_PATH.exec(url.pathname);
    if (admin && req.method === 'POST') return answerAdmin(req, res, admin[1]);
    const route = routes.find((r) => r.method === req.method && r.path.test(url.pathname));
    if (route) return route.handle(req, res, url);
    if ((req.method === 'GET' || req.method === 'HEAD') && h5Dir) {
      if (serveStatic(h5Dir, url.pathname, res, req.method === 'HEAD')) return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('没有这个地址');
  };

  const server = createServer((req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(error instanceof Error ? error.message : String(error));
    });
  });
  // The SDK's keep-alive agent frees idle sockets after 4.8 s; closing ours first would reset reused sockets.
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
