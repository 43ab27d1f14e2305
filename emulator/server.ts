import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { namesCredentials, signatureProblem, type Credentials } from './admin-auth';
import { readAdminBody } from './admin-body';
import { serveStatic } from './static-files';
import { AdminError, RawReply, type AdminAction, type CloudPart } from './types';

export interface ServerOptions {
  /** 0 picks a free port. */
  port: number;
  parts: CloudPart[];
  /** The H5 build to serve on GET, or null for none. */
  h5Dir: string | null;
  /** The key pair `/admin` requests must be signed with (the functions' credentials). */
  credentials: Credentials;
  /** The env id requests must name in `envName` when they name one (docs/cloudbase-protocol.md §1.3). */
  envId?: string;
  /** Throws an AdminError when the invocation that sent a request may no longer send any (§4.2). */
  admit?: (invocationId: string | undefined) => void;
}

export interface CloudServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** `/admin` with any query; `/admin/inv/<id>` names the function invocation that sent it. */
const ADMIN_PATH = /^\/admin(?:\/inv\/([^/?]+))?\/?$/;

/**
 * The content types the SDK sends to `/admin` (docs/cloudbase-protocol.md §1.2); a browser
 * form's text/plain is not one.
 */
const ADMIN_CONTENT_TYPE = /^(application\/json|multipart\/form-data)\s*(;|$)/i;

/**
 * The local cloud's one HTTP server, on 127.0.0.1 only: `/admin` dispatches the SDK's actions to
 * the parts (always HTTP 200, docs/cloudbase-protocol.md §1.4), then the parts' own routes, then
 * the H5 build.
 * Every request must be addressed to this server by a loopback name (a DNS-rebinding page names
 * its own host) and come from no page or from the app's own origin; `/admin` must also be signed
 * with the functions' credentials, as the real cloud requires.
 */
export async function startServer({
  port,
  parts,
  h5Dir,
  credentials,
  envId = 'local',
  admit,
}: ServerOptions): Promise<CloudServer> {
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
      if (!ADMIN_CONTENT_TYPE.test(req.headers['content-type'] ?? ''))
        throw new AdminError(
          'INVALID_PARAM',
          'content-type 须为 application/json 或 multipart/form-data',
        );
      if (!namesCredentials(req, credentials)) {
        req.resume();
        throw new AdminError('SIGN_PARAM_INVALID', '缺少或错误的访问凭证');
      }
      const body = await readAdminBody(req);
      const problem = signatureProblem(req, body, credentials, Date.now());
      if (problem !== undefined) throw new AdminError('SIGN_PARAM_INVALID', problem);
      const action = actions[String(body.action)];
      if (!action) throw new AdminError('INVALID_PARAM', `unknown action ${String(body.action)}`);
      if (typeof body.envName === 'string' && body.envName !== '' && body.envName !== envId)
        throw new AdminError('INVALIID_ENV', unknownEnv(body.envName));
      admit?.(invocationId);
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

  let origins = new Set<string>();
  const dispatch = async (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? '';
    const origin = req.headers.origin;
    if (!origins.has(`http://${host}`) || (origin !== undefined && origin !== `http://${host}`)) {
      req.resume();
      const text = JSON.stringify({
        ok: false,
        error: { code: 'FORBIDDEN', message: '本地云只接受本机同源的请求' },
      });
      res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' }).end(text);
      return;
    }
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
      // The cause goes to the console, not to whoever sent the request.
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('本地云内部错误');
    });
  });
  // The SDK's keep-alive agent frees idle sockets after 4.8 s; closing ours first would reset reused sockets.
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  origins = new Set([`http://127.0.0.1:${bound}`, `http://localhost:${bound}`]);
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

/**
 * The message for a request naming another env. The code is the SDK's own (`INVALIID_ENV`, sic,
 * errCode -501005); the real cloud's text was not captured (docs/cloudbase-protocol.md §1.3).
 */
function unknownEnv(envName: string): string {
  return `env ${envName} does not exist`;
}
