// The wheel pack a user imported in settings, kept as the file's text in one row of the settings table
// (no schema change), in clear: a region's wording says nothing about any child. It is checked again
// every time it is read, with the same rules as on import.
import { db } from './db';

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

export async function readImportedWheelPack(): Promise<StoredWheelPack | undefined> {
  const value = (await db().settings.get(IMPORTED_WHEEL_PACK_KEY))?.value;
  return isStoredWheelPack(value) ? value : undefined;
}

export async function saveImportedWheelPack(pack: StoredWheelPack): Promise<void> {
  await db().settings.put({ key: IMPORTED_WHEEL_PACK_KEY, value: pack });
}

export async function removeImportedWheelPack(): Promise<void> {
  await db().settings.delete(IMPORTED_WHEEL_PACK_KEY);
}

export const HOST_WHEEL_PACK_KEY = 'wheelPack.host';

/**
 * The host's pack (`<base>wheel-pack.json`) as last fetched, so that a start can use it at once instead of
 * waiting for the network (it is fetched again in the background and replaced when it changed).
 */
export async function readHostWheelPackCopy(): Promise<string | undefined> {
  const value = (await db().settings.get(HOST_WHEEL_PACK_KEY))?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Keeps the host's pack as fetched; undefined: the host has none (any more). */
export async function saveHostWheelPackCopy(text: string | undefined): Promise<void> {
  if (text === undefined) await db().settings.delete(HOST_WHEEL_PACK_KEY);
  else await db().settings.put({ key: HOST_WHEEL_PACK_KEY, value: text });
}
