import { base64ToBytes, bytesToBase64 } from './base64';
import { CryptoError } from './errors';

/** One AES-GCM ciphertext: `data` carries the 16-byte authentication tag at its end. */
export interface Sealed {
  /** base64 of the 96-bit IV. */
  iv: string;
  /** base64 of ciphertext followed by the tag. */
  data: string;
}

export const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A new random IV for every call: reusing one with the same key would break GCM completely. */
export function newIv(): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
}

export async function encryptBytes(key: CryptoKey, bytes: Uint8Array): Promise<Sealed> {
  const iv = newIv();
  const data = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(bytes));
  return { iv: bytesToBase64(iv), data: bytesToBase64(new Uint8Array(data)) };
}

/** IV and ciphertext bytes of a Sealed, or CryptoError('damaged') if they cannot be GCM output. */
export function openSealed(sealed: Sealed): { iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> } {
  if (typeof sealed !== 'object' || sealed === null) throw new CryptoError('damaged');
  if (typeof sealed.iv !== 'string' || typeof sealed.data !== 'string') throw new CryptoError('damaged');
  let iv: Uint8Array;
  let data: Uint8Array;
  try {
    iv = base64ToBytes(sealed.iv);
    data = base64ToBytes(sealed.data);
  } catch {
    throw new CryptoError('damaged');
  }
  if (iv.length !== IV_BYTES || data.length < TAG_BYTES) throw new CryptoError('damaged');
  return { iv: new Uint8Array(iv), data: new Uint8Array(data) };
}

/** Throws CryptoError('damaged') when the data was changed or the key is not the one it was sealed with. */
export async function decryptBytes(key: CryptoKey, sealed: Sealed): Promise<Uint8Array> {
  const { iv, data } = openSealed(sealed);
  try {
    return new Uint8Array(await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data));
  } catch {
    throw new CryptoError('damaged');
  }
}

export function encryptString(key: CryptoKey, text: string): Promise<Sealed> {
  return encryptBytes(key, new TextEncoder().encode(text));
}

export async function decryptString(key: CryptoKey, sealed: Sealed): Promise<string> {
  const bytes = await decryptBytes(key, sealed);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CryptoError('damaged');
  }
}
