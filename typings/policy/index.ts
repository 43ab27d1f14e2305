/**
 * What client and server must agree on: roles and what they may do where, workflow states,
 * request ids and field limits. The functions enforce it; the app reads it only to decide what
 * to show. App code imports the file it needs: only schemas.ts carries zod (zod/mini).
 */
export * from './roles';
export * from './workflow';
export * from './request-id';
export * from './limits';
export * from './roster';
export * from './text';
export * from './schemas';
