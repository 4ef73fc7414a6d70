// The handover passphrase: words from a list in the UI language, at least 64 bits from the list's length
// and the number of words, every list's words unique (also as typed: case, Arabic letter forms).
import { describe, expect, it } from 'vitest';
import { entropyBits, generatePassphrase, MIN_BITS, normalisePassphrase, parseWordList, randomIndex, wordsNeeded } from '../../src/domain/handover/passphrase';
import ar from '../../src/domain/handover/words/ar';
import en from '../../src/domain/handover/words/en';
import fi from '../../src/domain/handover/words/fi';
import kmr from '../../src/domain/handover/words/kmr';
import so from '../../src/domain/handover/words/so';
import sv from '../../src/domain/handover/words/sv';

const LISTS = { sv, en, fi, so, ar, kmr };

describe('the word lists', () => {
  for (const [lng, text] of Object.entries(LISTS)) {
    const words = parseWordList(text);

    it(`${lng}: reaches ${MIN_BITS} bits with the words a passphrase takes`, () => {
      const count = wordsNeeded(words.length);
      expect(entropyBits(words.length, count)).toBeGreaterThanOrEqual(MIN_BITS);
      // One word fewer would not do: the count is the smallest that reaches the bits (at least five).
      if (count > 5) expect(entropyBits(words.length, count - 1)).toBeLessThan(MIN_BITS);
    });

    it(`${lng}: has unique words, also as the receiver may type them`, () => {
      expect(new Set(words).size).toBe(words.length);
      const typed = words.map((w) => normalisePassphrase(w));
      expect(new Set(typed).size).toBe(words.length);
      // Each word stays one word (no space or dash inside), in lower case where the script has case.
      for (const [i, w] of words.entries()) {
        expect(typed[i]).toMatch(/^\S+$/u);
        expect(w).toBe(w.toLocaleLowerCase());
      }
      for (const w of words) expect([...w].length).toBeGreaterThanOrEqual(3);
    });
  }

  it('takes six words from the lists of Swedish, English, Finnish and Arabic (each at least 1 626 words)', () => {
    for (const lng of ['sv', 'en', 'fi', 'ar'] as const) {
      const n = parseWordList(LISTS[lng]).length;
      expect(n).toBeGreaterThanOrEqual(1626);
      expect(wordsNeeded(n)).toBe(6);
    }
  });

  it('takes seven words from the shorter Somali and Kurmanji lists, which still give 64 bits (docs/practice.md)', () => {
    for (const lng of ['so', 'kmr'] as const) {
      const n = parseWordList(LISTS[lng]).length;
      expect(wordsNeeded(n)).toBe(7);
      expect(entropyBits(n, 7)).toBeGreaterThanOrEqual(64);
    }
  });
});

describe('the rule', () => {
  it('needs 6 words from 1 626 and 5 from 7 132, never fewer than 5', () => {
    expect(wordsNeeded(1626)).toBe(6);
    expect(wordsNeeded(1625)).toBe(7);
    expect(wordsNeeded(7132)).toBe(5);
    expect(wordsNeeded(7131)).toBe(6);
    expect(wordsNeeded(1 << 20)).toBe(5);
    expect(entropyBits(2048, 6)).toBe(66);
  });

  it('draws every word from the list, as many as the rule asks', () => {
    const words = parseWordList(sv);
    const phrase = generatePassphrase(words);
    expect(phrase).toHaveLength(6);
    for (const w of phrase) expect(words).toContain(w);
  });

  it('draws without bias: values past the last whole multiple are thrown away', () => {
    const values = [0xffff_ffff, 0xffff_fffe, 7];
    const fill = (a: Uint32Array) => {
      a[0] = values.shift() as number;
      return a;
    };
    // For n = 10, 4 294 967 290 and above are refused; 7 is taken.
    expect(randomIndex(10, fill)).toBe(7);
    expect(values).toEqual([]);
  });

  it('opens with the words however they are typed: case, spaces, dashes, Arabic letter forms', () => {
    expect(normalisePassphrase('  Sol HUND-katt\täpple ')).toBe('sol hund katt äpple');
    expect(normalisePassphrase('مدرسة إبريق')).toBe(normalisePassphrase('مدرسه ابريق'));
    expect(normalisePassphrase('Kurmancî')).toBe('kurmancî');
  });
});
