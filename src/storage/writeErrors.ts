const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// Legacy DOMException code for a full disk (Safari and old engines set it, some without the name).
const QUOTA_EXCEEDED_CODE = 22;

/**
 * True when a failed write means "the device (or the browser's share of it) is full". Dexie wraps the
 * browser's error: as `inner` of an AbortError, or as `failures` of a BulkError; newer code uses `cause`.
 */
export function isQuotaError(error: unknown): boolean {
  return quotaIn(error, 0);
}

function quotaIn(error: unknown, depth: number): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { name, code, inner, cause, failures } = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  if (code === QUOTA_EXCEEDED_CODE) return true;
  if (quotaIn(inner, depth + 1) || quotaIn(cause, depth + 1)) return true;
  const list = Array.isArray(failures) ? failures : failures && typeof failures === 'object' ? Object.values(failures) : [];
  return list.some((failure) => quotaIn(failure, depth + 1));
}

/** The translation key that explains a failed database write. */
export function describeWriteError(error: unknown): 'save.quotaError' | 'save.error' {
  return isQuotaError(error) ? 'save.quotaError' : 'save.error';
}
