export interface StorageInfo {
  /** undefined: the browser does not say (no Storage API, or it refused in private mode). */
  persisted: boolean | undefined;
  usage?: number;
  quota?: number;
}

/**
 * Asks the browser to keep our data (without it, Safari evicts a site's data after 7 days unused and any
 * browser may evict under disk pressure). Called when the first child is saved and from settings.
 * Returns the browser's answer, undefined when it cannot say.
 */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return undefined;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return undefined;
  }
}

export async function storageInfo(): Promise<StorageInfo> {
  const info: StorageInfo = { persisted: undefined };
  if (typeof navigator === 'undefined' || !navigator.storage) return info;
  try {
    if (navigator.storage.persisted) info.persisted = await navigator.storage.persisted();
  } catch {
    // Some browsers refuse in private mode; show "unknown".
  }
  try {
    if (navigator.storage.estimate) {
      const estimate = await navigator.storage.estimate();
      if (estimate.usage !== undefined) info.usage = estimate.usage;
      if (estimate.quota !== undefined) info.quota = estimate.quota;
    }
  } catch {
    // As above: usage then shows as unknown.
  }
  return info;
}

/** Megabytes with one decimal, so a few notes (a few kB) show as 0.1 MB rather than 0. */
export function toMegabytes(bytes: number): number {
  if (bytes <= 0) return 0;
  return Math.max(0.1, Math.round((bytes / 1024 / 1024) * 10) / 10);
}
