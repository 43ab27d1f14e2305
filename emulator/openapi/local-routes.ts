import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../types';
import type { Ledger } from './ledger';

// Inspection endpoints of the local cloud only (e2e tests and demos): what WeChat would have
// pushed, and the quota a user's taps on "accept" would have bought.

const MAX_BODY_BYTES = 64 * 1024;

export function localRoutes(ledger: Ledger): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/_local\/outbox$/,
      async handle(_req, res, url) {
        replyJson(res, 200, ledger.outbox(url.searchParams.get('touser') ?? undefined));
      },
    },
    {
      method: 'DELETE',
      path: /^\/_local\/outbox$/,
      async handle(_req, res) {
        replyJson(res, 200, { cleared: ledger.clearOutbox() });
      },
    },
    {
      method: 'POST',
      path: /^\/_local\/quota$/,
      async handle(req, res) {
        const body = await readJson(req);
        const { openid, templateId, count } = (body ?? {}) as Record<string, unknown>;
        if (
          typeof openid !== 'string' ||
          openid === '' ||
          typeof templateId !== 'string' ||
          templateId === '' ||
          !Number.isInteger(count) ||
          (count as number) < 0
        ) {
          return replyJson(res, 400, {
            message: '须为 JSON {openid, templateId, count}，count 为非负整数',
          });
        }
        ledger.setQuota(openid, templateId, count as number);
        replyJson(res, 200, { openid, templateId, count });
      },
    },
  ];
}

function replyJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The request's JSON body, or undefined when it is not JSON or too large. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even when too large, so the connection can still carry the 400.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}
