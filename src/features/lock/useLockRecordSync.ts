import { useEffect } from 'react';
import { liveQuery } from 'dexie';
import { readLockState } from '../../storage';
import { followLockRecord } from './lockStore';

/** Watches the lock record (Dexie tells every tab of the origin) so that all open tabs agree on the lock. */
export function useLockRecordSync(): void {
  useEffect(() => {
    const subscription = liveQuery(() => readLockState()).subscribe({
      next: (state) => followLockRecord(state.kind),
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
  }, []);
}
