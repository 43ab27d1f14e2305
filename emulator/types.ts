import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * How the local cloud's parts plug into its one HTTP server. Each part (database, storage,
 * functions, openapi) exports the `/admin` actions it answers and any extra routes it serves.
 */

/**
 * An error answered on `/admin` as HTTP 200 `{requestId, code, message}`
 * (docs/cloudbase-protocol.md §1.4).
 */
export class AdminError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The decoded body of one `/admin` request: JSON fields, or multipart parts (text as string, files as Buffer). */
export type AdminBody = Record<string, unknown>;

/**
 * An `/admin` action. Return the JSON object to answer (requestId is added by the server), or
 * a RawReply when the action answers something other than JSON (openapi's protobuf).
 */
export type AdminAction = (body: AdminBody, context?: AdminContext) => Promise<object | RawReply>;

/** Where an `/admin` request came from: the function invocation named in its path (`/admin/inv/<id>`). */
export interface AdminContext {
  invocationId?: string;
}

export class RawReply {
  constructor(
    readonly contentType: string,
    readonly body: Buffer,
  ) {}
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Matched against the URL pathname. */
  path: RegExp;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

export interface CloudPart {
  actions?: Record<string, AdminAction>;
  routes?: Route[];
  close?(): Promise<void> | void;
}
