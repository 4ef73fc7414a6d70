import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPersonnummer, looksLikePersonnummer, luhnValid } from '../../src/domain/personnummer';

/** The Luhn check digit for the nine digits YYMMDDNNN. */
function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

describe('findPersonnummer', () => {
  it('finds valid numbers in every written form', () => {
    for (const pnr of ['811218-9876', '8112189876', '811218+9876', '19811218-9876', '198112189876', '121212-1212']) {
      expect(looksLikePersonnummer(pnr), pnr).toBe(true);
      expect(findPersonnummer(`Anteckning: ${pnr}.`)).toEqual([{ start: 12, end: 12 + pnr.length, match: pnr }]);
    }
  });

  it('finds samordningsnummer (day + 60)', () => {
    expect(looksLikePersonnummer('701063-2391')).toBe(true);
    expect(looksLikePersonnummer('19701063-2391')).toBe(true);
    // Day 92 would be the 32nd.
    const nine = '701092239';
    expect(looksLikePersonnummer(`${nine.slice(0, 6)}-${nine.slice(6)}${checkDigit(nine)}`)).toBe(false);
  });

  it('finds several numbers with their positions', () => {
    const text = 'Barn 811218-9876 och syskon 121212-1212';
    expect(findPersonnummer(text)).toEqual([
      { start: 5, end: 16, match: '811218-9876' },
      { start: 28, end: 39, match: '121212-1212' },
    ]);
  });

  it('accepts an en dash, as word processors write it', () => {
    expect(looksLikePersonnummer('811218–9876')).toBe(true);
  });

  it('ignores a wrong check digit', () => {
    for (const wrong of ['811218-9877', '8112189870', '19811218-9875', '121212-1213']) {
      expect(looksLikePersonnummer(wrong), wrong).toBe(false);
    }
  });

  it('ignores impossible dates even with a correct check digit', () => {
    const cases = ['811318987', '810018987', '811200987', '811232987', '050229123'].map((nine) => `${nine.slice(0, 6)}-${nine.slice(6)}${checkDigit(nine)}`);
    for (const text of cases) expect(looksLikePersonnummer(text), text).toBe(false);
  });

  it('knows leap days: 29 February needs a leap year in some possible century', () => {
    const leap = (nine: string) => `${nine}${checkDigit(nine)}`;
    expect(looksLikePersonnummer(leap('040229123'))).toBe(true);
    expect(looksLikePersonnummer(leap('000229123'))).toBe(true); // 2000 was a leap year
    expect(looksLikePersonnummer(`19${leap('000229123')}`)).toBe(false); // 1900 was not
    expect(looksLikePersonnummer(`20${leap('000229123')}`)).toBe(true);
  });

  it('ignores phone numbers and other look-alikes', () => {
    for (const text of [
      '070-123 45 67',
      '070-1234567',
      '0701234567',
      '08-123 456 78',
      '+46 70 123 45 67',
      '2025-01-02',
      'möte 2025-01-02 kl 10-12',
      'postnummer 123 45',
      'ärende 1234-5678',
    ]) {
      expect(looksLikePersonnummer(text), text).toBe(false);
    }
  });

  it('does not match inside a longer run of digits', () => {
    for (const text of ['98112189876', '1981121898761', 'order 12345678112189876', '811218-98761', '9811218-9876']) {
      expect(looksLikePersonnummer(text), text).toBe(false);
    }
  });

  it('flags every valid number and no number with a changed check digit (property)', () => {
    const arbBirth = fc.record({
      date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
      serial: fc.integer({ min: 0, max: 999 }),
      coordination: fc.boolean(),
      form: fc.constantFrom('short-dash', 'short', 'long-dash', 'long'),
      wrong: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(arbBirth, ({ date, serial, coordination, form, wrong }) => {
        const iso = date.toISOString();
        const yyyy = iso.slice(0, 4);
        const mm = iso.slice(5, 7);
        const dd = String(Number(iso.slice(8, 10)) + (coordination ? 60 : 0)).padStart(2, '0');
        const nine = `${yyyy.slice(2)}${mm}${dd}${String(serial).padStart(3, '0')}`;
        const write = (check: number) => {
          const tail = `${nine.slice(6)}${check}`;
          const head = form.startsWith('long') ? `${yyyy}${mm}${dd}` : nine.slice(0, 6);
          return `${head}${form.endsWith('dash') ? '-' : ''}${tail}`;
        };
        const right = checkDigit(nine);
        expect(looksLikePersonnummer(`text ${write(right)} text`)).toBe(true);
        expect(looksLikePersonnummer(`text ${write((right + wrong) % 10)} text`)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('luhnValid', () => {
  it('checks ten digits only', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189875')).toBe(false);
    expect(luhnValid('811218987')).toBe(false);
    expect(luhnValid('811218-987')).toBe(false);
  });
});
