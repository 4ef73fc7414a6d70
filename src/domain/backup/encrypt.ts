import { encryptString } from '../crypto/aesGcm';
import { deriveKeyFromPassphrase, DEFAULT_ITERATIONS, newKdfParams } from '../crypto/kdf';
import { ENCRYPTED_BACKUP_FORMAT, ENCRYPTED_BACKUP_VERSION, type EncryptedBackup } from './format';

/**
 * Wraps a serialized plain backup in the encrypted envelope (docs/architecture.md, "Export formats") and returns its JSON text.
 * `iterations` exists for tests; real exports keep the default.
 */
export async function encryptBackup(json: string, passphrase: string, iterations: number = DEFAULT_ITERATIONS): Promise<string> {
  if (passphrase.length === 0) throw new TypeError('passphrase must not be empty');
  const kdf = newKdfParams(iterations);
  const key = await deriveKeyFromPassphrase(passphrase, kdf);
  const sealed = await encryptString(key, json);
  const envelope: EncryptedBackup = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    kdf,
    cipher: { name: 'AES-GCM', iv: sealed.iv },
    data: sealed.data,
  };
  return JSON.stringify(envelope);
}
