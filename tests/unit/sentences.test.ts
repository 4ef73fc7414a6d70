import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceRanges } from '../../src/domain/voice/sentences';

const slices = (text: string) => sentenceRanges(text).map(({ start, end }) => text.slice(start, end));

describe('sentenceRanges', () => {
  it('splits at sentence ends followed by a space or the end, in every script the app shows', () => {
    expect(slices('Du ska känna dig trygg. Hemma och i skolan!  Vad tycker du?')).toEqual(['Du ska känna dig trygg.', 'Hemma och i skolan!', 'Vad tycker du?']);
    expect(slices('ما الذي يجعلك تشعر بالأمان؟ في البيت.')).toEqual(['ما الذي يجعلك تشعر بالأمان؟', 'في البيت.']);
    expect(slices('Hon sa ”hej.” Sedan gick hon')).toEqual(['Hon sa ”hej.”', 'Sedan gick hon']);
    // A number or an abbreviation without a space after the dot does not end a sentence.
    expect(slices('Kl. 8.30 börjar skolan.')).toEqual(['Kl.', '8.30 börjar skolan.']);
    expect(slices('Trygg')).toEqual(['Trygg']);
    expect(slices('   ')).toEqual([]);
  });

  it('covers every non-space character exactly once, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ö', ' ', '.', '!', '?', '؟', '\n', '”') }), (text) => {
        const ranges = sentenceRanges(text);
        let last = 0;
        for (const { start, end } of ranges) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(text.slice(last, start).trim()).toBe('');
          last = end;
        }
        expect(text.slice(last).trim()).toBe('');
      }),
    );
  });
});

describe('sentenceAt', () => {
  const text = 'Ett. Två tre. Fyra';
  it('finds the sentence holding a boundary, or the next one between two', () => {
    expect(sentenceAt(text, 0)).toEqual({ start: 0, end: 4 });
    expect(sentenceAt(text, 4)).toEqual({ start: 5, end: 13 });
    expect(sentenceAt(text, 9)).toEqual({ start: 5, end: 13 });
    expect(sentenceAt(text, 14)).toEqual({ start: 14, end: 18 });
    // Past the end (a voice that counts differently): the last sentence.
    expect(sentenceAt(text, 99)).toEqual({ start: 14, end: 18 });
    expect(sentenceAt('', 0)).toBeUndefined();
  });
});
