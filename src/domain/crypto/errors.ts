/**
 * Why two codes: on unlock, a failed authentication means the passphrase was wrong and the user can
 * retry; anywhere else it means stored data no longer matches what was written.
 */
export type CryptoErrorCode = 'wrong-passphrase' | 'damaged';

export class CryptoError extends Error {
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode) {
    // Fixed messages only: nothing from the data being encrypted may end up in an error.
    super(code === 'wrong-passphrase' ? 'wrong passphrase' : 'encrypted data is damaged');
    this.name = 'CryptoError';
    this.code = code;
  }
}

export function isCryptoError(error: unknown): error is CryptoError {
  return error instanceof CryptoError;
}
