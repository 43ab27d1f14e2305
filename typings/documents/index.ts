export type * from './organisation';
export type * from './member';
export type * from './binding';
