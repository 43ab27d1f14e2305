import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../types';
import { MAX_EVENT_BYTES, MAX_EVENT_DEPTH, nestsDeeperThan, readBody } from './event-limits';
import { InvocationError } from './pool';
import type { FunctionsRuntime } from './runtime';

const FN_PATH = /^\/fn\/([^/]+)$/;

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  const text = JSON.stringify({ ok: false, error: { code, message } });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(text);
}

/**
 * `POST /fn/<name>` for the H5 app and tests: runs the function with the body as its event, as
 * the WeChat user named by `x-openid` (local mode only), and answers its return value.
 */
export function gatewayRoute(runtime: FunctionsRuntime): Route {
  return {
    method: 'POST',
    path: FN_PATH,
    async handle(req: IncomingMessage, res: ServerResponse, url: URL) {
      const name = decodeURIComponent((FN_PATH.exec(url.pathname) as RegExpExecArray)[1]);
      if (!runtime.exists(name)) return fail(res, 404, 'NOT_FOUND', '没有这个云函数');
      const body = await readBody(req, MAX_EVENT_BYTES);
      if (!body) return fail(res, 413, 'INVALID_ARGUMENT', '请求内容过大');
      const text = body.toString('utf8');
      if (nestsDeeperThan(text, MAX_EVENT_DEPTH))
        return fail(res, 400, 'INVALID_ARGUMENT', '请求内容嵌套过深');
      let event: unknown;
      try {
        event = JSON.parse(text);
      } catch {
        return fail(res, 400, 'INVALID_ARGUMENT', '请求格式不正确');
      }
      if (typeof event !== 'object' || event === null || Array.isArray(event)) {
        return fail(res, 400, 'INVALID_ARGUMENT', '请求格式不正确');
      }
      const header = req.headers['x-openid'];
      const openid = typeof header === 'string' && header ? header : undefined;
      // A mini-program call: the platform sets `userInfo` in the event, whatever the client sent (docs/cloudbase-protocol.md §4.4).
      const userInfo = { appId: runtime.options.appId, ...(openid ? { openId: openid } : {}) };
      try {
        const { json, dbOps } = await runtime.invoke(
          name,
          { ...event, userInfo },
          { openid, source: 'wx_client' },
        );
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'x-db-ops': String(dbOps),
        });
        res.end(json);
      } catch (error) {
        if (!(error instanceof InvocationError)) throw error;
        runtime.log(`云函数 ${name} 出错：${error.detail ?? error.message}`);
        fail(res, 500, 'INTERNAL', error.timedOut ? '云函数执行超时' : '云函数执行出错');
      }
    },
  };
}
