import type { IncomingMessage } from 'node:http';

/** Larger than any action's request (an article body of 100,000 characters is the largest). */
export const MAX_EVENT_BYTES = 1024 * 1024;
/** Deeper than any action's request; far too shallow to exhaust a stack when it is copied to a worker. */
export const MAX_EVENT_DEPTH = 32;

/** The body, or undefined when it passes `max` bytes (read to the end, so the connection can carry the answer). */
export function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > max ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Whether JSON `text` nests arrays and objects deeper than `max`, found before parsing it. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
