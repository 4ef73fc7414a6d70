export { bytesToBase64, base64ToBytes } from './base64';
export { CryptoError, isCryptoError } from './errors';
export { DEFAULT_ITERATIONS, newKdfParams, deriveKeyFromPassphrase, isValidIterations, type KdfParams } from './kdf';
export { encryptBytes, decryptBytes, encryptString, decryptString, type Sealed } from './aesGcm';
export { toCompact, fromCompact } from './compact';
export { generateDataKey, wrapDataKey, unwrapDataKey } from './dataKey';
