import { createCredentials, type Credentials } from '../../emulator/admin-auth';
import { startServer } from '../../emulator/server';
import type { CloudPart } from '../../emulator/types';
import { knowCloud } from '../support/sdk';

/**
 * The local cloud's own HTTP server around just the parts under test (no database, no
 * functions), so storage and openapi can be driven by the real wx-server-sdk on their own.
 */
export interface PartServer {
  origin: string;
  credentials: Credentials;
  close(): Promise<void>;
}

export async function startPartServer(parts: CloudPart[]): Promise<PartServer> {
  const credentials = createCredentials();
  const server = await startServer({ port: 0, parts, h5Dir: null, credentials });
  knowCloud({ url: server.url, credentials });
  return { origin: server.url, credentials, close: () => server.close() };
}
