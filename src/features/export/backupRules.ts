// Small rules of the backup screens, kept apart from the heavy backup code so the settings page
// can use them without loading the schema library.
export const MIN_PASSPHRASE_LENGTH = 8;

export type PassphraseProblem = 'passphraseTooShort' | 'passphraseMismatch';

/** The first problem with a new passphrase and its repetition, or undefined when it can be used. */
export function passphraseProblem(passphrase: string, repeat: string): PassphraseProblem | undefined {
  // Counted in code points, so a passphrase in Arabic or with emoji is measured as the user sees it.
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'passphraseTooShort';
  if (passphrase.normalize('NFC') !== repeat.normalize('NFC')) return 'passphraseMismatch';
  return undefined;
}

/**
 * A file name that says what the file is and when it was made, and nothing about any child
 * (file names end up in download lists, share sheets and cloud folders).
 */
export function backupFileName(now: Date, { encrypted, oneChild }: { encrypted: boolean; oneChild: boolean }): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  const hh = String(now.getHours()).padStart(2, '0');
  const mm = String(now.getMinutes()).padStart(2, '0');
  const parts = ['hjulet-backup', `${y}-${m}-${d}-${hh}${mm}`];
  if (oneChild) parts.push('one-child');
  if (encrypted) parts.push('encrypted');
  return `${parts.join('-')}.json`;
}

/** The wheel picture's file name: the conversation's date and the language, never the alias. */
export function wheelImageFileName(date: string, lang: string, extension: 'png' | 'svg'): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]/g, '');
  return `hjulet-${safe(date)}-${safe(lang)}.${extension}`;
}
