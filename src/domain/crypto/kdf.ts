import { base64ToBytes, bytesToBase64 } from './base64';
import { CryptoError } from './errors';

/** PBKDF2-SHA-256 as the privacy rules ask (docs/architecture.md): at least 600 000 iterations for anything the user relies on. */
export const DEFAULT_ITERATIONS = 600_000;
/** Lowest count accepted at all; only tests pass something below DEFAULT_ITERATIONS, and they do it explicitly. */
export const MIN_ITERATIONS = 1_000;
/** Highest count accepted, so a crafted file cannot make the device derive a key for minutes. */
export const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** base64 of the random salt. */
  salt: string;
}

export function isValidIterations(iterations: unknown): iterations is number {
  return typeof iterations === 'number' && Number.isInteger(iterations) && iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS;
}

/** Fresh parameters with a random 16-byte salt. Pass `iterations` only in tests. */
export function newKdfParams(iterations: number = DEFAULT_ITERATIONS): KdfParams {
  if (!isValidIterations(iterations)) {
    throw new RangeError(`iterations must be an integer from ${MIN_ITERATIONS} to ${MAX_ITERATIONS}`);
  }
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) };
}

/** Salt bytes of stored parameters, or CryptoError('damaged') when the parameters are not ours. */
function checkedSalt(kdf: KdfParams): Uint8Array<ArrayBuffer> {
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || !isValidIterations(kdf.iterations)) {
    throw new CryptoError('damaged');
  }
  let salt: Uint8Array;
  try {
    salt = base64ToBytes(kdf.salt);
  } catch {
    throw new CryptoError('damaged');
  }
  if (salt.length < SALT_BYTES || salt.length > 256) throw new CryptoError('damaged');
  return new Uint8Array(salt);
}

/**
 * Derives a non-extractable AES-GCM-256 key that can encrypt data and wrap the data key.
 * The passphrase is NFC-normalised so the same words typed on different keyboards give the same key.
 */
export async function deriveKeyFromPassphrase(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  const salt = checkedSalt(kdf);
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: kdf.iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
    'wrapKey',
    'unwrapKey',
  ]);
}
