export type * from './organisation';
export type * from './member';
export type * from './binding';
export type * from './news';
export type * from './notice';
export type * from './file';
export type * from './points';
export type * from './school';
