import { isQuotaError } from '../features/conversation/autosave';

/** The translation key that explains a failed database write. */
export function describeWriteError(error: unknown): string {
  return isQuotaError(error) ? 'save.quotaError' : 'save.error';
}
