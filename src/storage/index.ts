export { db, useDatabase, HjuletDatabase } from './db';
export * from './children';
export * from './conversations';
