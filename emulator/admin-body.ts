import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { AdminError, type AdminBody } from './types';

/** Reads an `/admin` body: JSON, or multipart (text parts as strings, file parts as Buffers). */
export async function readAdminBody(req: IncomingMessage): Promise<AdminBody> {
  if ((req.headers['content-type'] ?? '').startsWith('multipart/form-data'))
    return readMultipart(req);
  const text = (await readAll(req)).toString('utf8');
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as AdminBody;
  } catch {
    // answered below like any other body that is not a JSON object
  }
  throw new AdminError('INVALID_PARAM', 'request body must be a JSON object');
}

/** Events rather than `for await`: the stream's async iterator costs more than a small body. */
export function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function readMultipart(req: IncomingMessage): Promise<AdminBody> {
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
