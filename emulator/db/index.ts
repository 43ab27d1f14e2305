export { LocalDatabase, type DbStats } from './database';
export { databasePart } from './actions';
