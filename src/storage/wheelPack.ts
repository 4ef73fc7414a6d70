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
