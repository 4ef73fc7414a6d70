import { useEffect } from 'react';
import { readLockState, watch } from '../../storage';
import { followLockRecord } from './lockStore';

/** Watches the lock record (Dexie tells every tab of the origin) so that all open tabs agree on the lock. */
export function useLockRecordSync(enabled = true): void {
  useEffect(
    () =>
      enabled
        ? watch(
            () => readLockState(),
            (state) => followLockRecord(state.kind),
          )
        : undefined,
    [enabled],
  );
}
