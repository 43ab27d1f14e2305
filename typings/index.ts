export * from './errors';
export type * from './envelope';
export type * from './documents';
export type * from './functions';
export * from './functions/member';
export * from './functions/news';
export * from './functions/notice';
export * from './functions/points';
