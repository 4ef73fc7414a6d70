// The wheel pack a user imported in settings, kept as the file's text in one row of the settings table
// (no schema change), in clear: a region's wording says nothing about any child. It is checked again
// every time it is read, with the same rules as on import.
import { getDatabase } from './database';
import { peekSettings } from './peek';

export const IMPORTED_WHEEL_PACK_KEY = 'wheelPack.imported';

export interface StoredWheelPack {
  /** The file as imported. */
  text: string;
  fileName: string;
  importedAt: string;
}

function isStoredWheelPack(value: unknown): value is StoredWheelPack {
  const v = value as Partial<StoredWheelPack> | null;
  return typeof v === 'object' && v !== null && typeof v.text === 'string' && typeof v.fileName === 'string' && typeof v.importedAt === 'string';
}

export async function saveImportedWheelPack(pack: StoredWheelPack): Promise<void> {
  await (await getDatabase()).settings.put({ key: IMPORTED_WHEEL_PACK_KEY, value: pack });
}

export async function removeImportedWheelPack(): Promise<void> {
  await (await getDatabase()).settings.delete(IMPORTED_WHEEL_PACK_KEY);
}

export const HOST_WHEEL_PACK_KEY = 'wheelPack.host';

/**
 * The host's pack (`<base>wheel-pack.json`) as last fetched, so that a start can use it at once instead of
 * waiting for the network (it is fetched again in the background and replaced when it changed).
 */
export async function readHostWheelPackCopy(): Promise<string | undefined> {
  const value = (await (await getDatabase()).settings.get(HOST_WHEEL_PACK_KEY))?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Keeps the host's pack as fetched; undefined: the host has none (any more). */
export async function saveHostWheelPackCopy(text: string | undefined): Promise<void> {
  if (text === undefined) await (await getDatabase()).settings.delete(HOST_WHEEL_PACK_KEY);
  else await (await getDatabase()).settings.put({ key: HOST_WHEEL_PACK_KEY, value: text });
}

/** Both packs' rows at start, read without loading Dexie (storage/peek.ts): the first screen waits for them. */
export async function peekWheelPacks(): Promise<{ imported: StoredWheelPack | undefined; hostCopy: string | undefined }> {
  const values = await peekSettings([IMPORTED_WHEEL_PACK_KEY, HOST_WHEEL_PACK_KEY]);
  const imported = values.get(IMPORTED_WHEEL_PACK_KEY);
  const hostCopy = values.get(HOST_WHEEL_PACK_KEY);
  return { imported: isStoredWheelPack(imported) ? imported : undefined, hostCopy: typeof hostCopy === 'string' ? hostCopy : undefined };
}
