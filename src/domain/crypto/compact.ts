import type { Sealed } from './aesGcm';
import { CryptoError } from './errors';

// One string per encrypted field is handy in IndexedDB rows: "aesgcm1.<iv>.<data>".
// The prefix names the scheme so a later version can change it without guessing.
const PREFIX = 'aesgcm1';

export function toCompact(sealed: Sealed): string {
  return `${PREFIX}.${sealed.iv}.${sealed.data}`;
}

/** Splits a compact string; the parts are checked when decrypting. Throws CryptoError('damaged'). */
export function fromCompact(text: string): Sealed {
  if (typeof text !== 'string') throw new CryptoError('damaged');
  const parts = text.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) throw new CryptoError('damaged');
  return { iv: parts[1] as string, data: parts[2] as string };
}
