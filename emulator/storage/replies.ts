import type { ServerResponse } from 'node:http';

export function replyJson(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function replyText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * A COS error document: the SDK's PUT parses it with xml2js and needs RequestId and TraceId
 * (docs/cloudbase-protocol.md §3.1).
 */
export function replyCosError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<Error><Code>${code}</Code><Message>${escaped}</Message>` +
    '<RequestId>local</RequestId><TraceId>local</TraceId></Error>';
  res.writeHead(status, {
    'content-type': 'application/xml; charset=utf-8',
    'content-length': Buffer.byteLength(xml),
  });
  res.end(xml);
}
