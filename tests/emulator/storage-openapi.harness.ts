import { startServer } from '../../emulator/server';
import type { CloudPart } from '../../emulator/types';

/**
 * The local cloud's own HTTP server around just the parts under test (no database, no
 * functions), so storage and openapi can be driven by the real wx-server-sdk on their own.
 */
export interface PartServer {
  origin: string;
  close(): Promise<void>;
}

export async function startPartServer(parts: CloudPart[]): Promise<PartServer> {
  const server = await startServer({ port: 0, parts, h5Dir: null });
  return { origin: server.url, close: () => server.close() };
}
