// The handover file's passphrase: words drawn at random from a list in the UI language, easy to read out
// on the phone. Its strength is the list's length and the number of words: n words from a list of L
// words give n × log2(L) bits. The count is the smallest (five or more) that reaches MIN_BITS.
export const MIN_BITS = 64;
export const MIN_WORDS = 5;

export function entropyBits(listLength: number, words: number): number {
  return listLength < 2 ? 0 : words * Math.log2(listLength);
}

/** How many words a list of this length needs for MIN_BITS: 5 from 7 132 words, 6 from 1 626 words. */
export function wordsNeeded(listLength: number): number {
  if (listLength < 2) throw new RangeError('a word list needs at least two words');
  return Math.max(MIN_WORDS, Math.ceil(MIN_BITS / Math.log2(listLength) - 1e-9));
}

/** The words of a list written as one string, one word per line or space. */
export function parseWordList(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** A uniform random index below `n` from Web Crypto (rejection sampling: no bias toward small indexes). */
export function randomIndex(n: number, fill: (a: Uint32Array) => Uint32Array = (a) => crypto.getRandomValues(a)): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buffer = new Uint32Array(1);
  for (;;) {
    const value = fill(buffer)[0] as number;
    if (value < limit) return value % n;
  }
}

/** A new passphrase as its words. */
export function generatePassphrase(list: readonly string[], fill?: (a: Uint32Array) => Uint32Array): string[] {
  const count = wordsNeeded(list.length);
  return Array.from({ length: count }, () => list[randomIndex(list.length, fill)] as string);
}

/**
 * What the key is derived from: the words in lower case, one space between them, in one Unicode form.
 * So "Sol  HUND-katt" as typed by the colleague opens a file made with "sol hund katt". Arabic's letters
 * that are often typed one for the other (alef forms, alef maqsura, teh marbuta) are made one.
 */
export function normalisePassphrase(input: string): string {
  return input
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[\u0623\u0625\u0622]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/[\u064B-\u0652\u0640]/g, '')
    .split(/[\s\-_.,;:·]+/u)
    .filter((w) => w !== '')
    .join(' ');
}
