export * from './errors';
export type * from './envelope';
export type * from './documents';
export type * from './functions';
export * from './functions/member';
