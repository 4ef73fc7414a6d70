export { bytesToBase64, base64ToBytes, isBase64, Base64Error } from './base64';
export { CryptoError, isCryptoError, type CryptoErrorCode } from './errors';
export {
  DEFAULT_ITERATIONS,
  MIN_ITERATIONS,
  MAX_ITERATIONS,
  SALT_BYTES,
  newKdfParams,
  deriveKeyFromPassphrase,
  isValidIterations,
  type KdfParams,
} from './kdf';
export {
  IV_BYTES,
  encryptBytes,
  decryptBytes,
  encryptString,
  decryptString,
  type Sealed,
} from './aesGcm';
export { toCompact, fromCompact, isCompactSealed } from './compact';
export { generateDataKey, wrapDataKey, unwrapDataKey } from './dataKey';
