export interface StorageInfo {
  persisted: boolean | undefined;
  usage?: number;
  quota?: number;
}

/** Asks the browser to keep our data (Safari evicts unused sites' data after 7 days otherwise). */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  if (!navigator.storage?.persist) return undefined;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return undefined;
  }
}

export async function storageInfo(): Promise<StorageInfo> {
  const info: StorageInfo = { persisted: undefined };
  try {
    if (navigator.storage?.persisted) info.persisted = await navigator.storage.persisted();
    if (navigator.storage?.estimate) {
      const estimate = await navigator.storage.estimate();
      if (estimate.usage !== undefined) info.usage = estimate.usage;
      if (estimate.quota !== undefined) info.quota = estimate.quota;
    }
  } catch {
    // Some browsers refuse in private mode; show "unknown".
  }
  return info;
}
