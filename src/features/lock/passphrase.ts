/** Shortest passphrase accepted. Counted in characters as people see them (code points), not UTF-16 units. */
export const MIN_PASSPHRASE_LENGTH = 8;

export type PassphraseProblem = 'tooShort' | 'mismatch';

/** What is wrong with a new passphrase and its repetition, if anything. */
export function passphraseProblem(passphrase: string, repeated: string): PassphraseProblem | undefined {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (passphrase.normalize('NFC') !== repeated.normalize('NFC')) return 'mismatch';
  return undefined;
}
