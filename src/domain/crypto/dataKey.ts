import { newIv, openSealed, type Sealed } from './aesGcm';
import { bytesToBase64 } from './base64';
import { CryptoError } from './errors';

// The app lock encrypts notes with a random data key; only the data key is encrypted ("wrapped") with
// the passphrase key. Changing the passphrase then re-wraps one key instead of re-encrypting every note.

/** A new random AES-GCM-256 key. Extractable only so that it can be wrapped. */
export function generateDataKey(): Promise<CryptoKey> {
  return globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']) as Promise<CryptoKey>;
}

export async function wrapDataKey(dataKey: CryptoKey, passphraseKey: CryptoKey): Promise<Sealed> {
  const iv = newIv();
  const wrapped = await globalThis.crypto.subtle.wrapKey('raw', dataKey, passphraseKey, { name: 'AES-GCM', iv });
  return { iv: bytesToBase64(iv), data: bytesToBase64(new Uint8Array(wrapped)) };
}

/**
 * The data key again, non-extractable so that script on the page cannot read it out.
 * A failed GCM check here means the passphrase key is wrong: CryptoError('wrong-passphrase').
 */
export async function unwrapDataKey(sealed: Sealed, passphraseKey: CryptoKey): Promise<CryptoKey> {
  const { iv, data } = openSealed(sealed);
  try {
    return await globalThis.crypto.subtle.unwrapKey('raw', data, passphraseKey, { name: 'AES-GCM', iv }, { name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
  } catch (error) {
    // OperationError is the authentication failure; anything else (e.g. a key of the wrong size) is damage.
    const name = (error as { name?: unknown } | null)?.name;
    throw new CryptoError(name === 'OperationError' ? 'wrong-passphrase' : 'damaged');
  }
}
