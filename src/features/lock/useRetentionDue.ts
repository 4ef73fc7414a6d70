import { todayIsoDate } from '../../domain/model';
import type { RetentionDue, RetentionMonths } from '../../domain/retention';
import { findRetentionDue, readRetentionMonths, useLive } from '../../storage';

/** The retention setting, live; undefined while loading. */
export function useRetentionMonths(): RetentionMonths | undefined {
  return useLive(() => readRetentionMonths(), []);
}

/** What the setting says is due today, live (from clear ids and dates only: nothing is decrypted). */
export function useRetentionDue(months: RetentionMonths | undefined): RetentionDue[] | undefined {
  const today = todayIsoDate();
  return useLive(async () => (months === undefined ? undefined : findRetentionDue(months, today)), [months, today]);
}
