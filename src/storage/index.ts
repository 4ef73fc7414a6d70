export { db, useDatabase, HjuletDatabase } from './db';
export { codec, setCodec, plainCodec, type RecordCodec, type StoredChild, type StoredConversation } from './codec';
export { useLive } from './live';
export * from './children';
export * from './conversations';
