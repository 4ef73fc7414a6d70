// Every language has every Swedish text: same files, same keys and array lengths, the plural forms
// the language needs, the same {{placeholders}}, nothing empty and nothing left in Swedish or English.
// The checker lives in scripts/check-locales.mjs (also a CLI for translators); its rules are tested
// first on small inline examples, then it is run on locales/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES as APP_LANGUAGES } from '../../src/i18n/languages';
import {
  checkDigits,
  checkFile,
  checkMeta,
  checkReview,
  digitProblems,
  checkSource,
  compareNamespace,
  LANGUAGES,
  namespacesOf,
  placeholders,
  pluralCategories,
  SOURCE_LANGUAGE,
} from '../../scripts/check-locales.mjs';

const LOCALES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

const compare = (lng: string, source: unknown, target: unknown, english?: unknown) =>
  compareNamespace({ ns: 'test', lng, source, target, english, nativeNames: ['Svenska', 'العربية'] });

describe('locale checker', () => {
  it('knows the plural forms of each language', () => {
    expect(pluralCategories('sv')).toEqual(['one', 'other']);
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('fi')).toEqual(['one', 'other']);
    expect(pluralCategories('so')).toEqual(['one', 'other']);
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategories('kmr')).toEqual(['one', 'other']);
  });

  it('finds placeholders, with or without a format', () => {
    expect([...placeholders('{{count}} av {{ total }}, {{date, datetime}} $t(common:ok)')].sort()).toEqual(['$t(common:ok)', 'count', 'date', 'total']);
  });

  it('accepts a complete translation', () => {
    const sv = { a: 'Hej {{name}}', list: ['ett', 'två'], nested: { b: 'Trygg' }, brand: 'Hjulet' };
    const fi = { a: 'Hei {{name}}', list: ['yksi', 'kaksi'], nested: { b: 'Turvassa' }, brand: 'Hjulet' };
    expect(compare('fi', sv, fi)).toEqual([]);
  });

  it('names missing and extra keys, wrong types and array lengths', () => {
    const sv = { a: 'A-text', nested: { b: 'B-text', c: 'C-text' }, list: ['ett', 'två'] };
    const so = { a: { x: 'y' }, nested: { b: 'B qoraal', d: 'D qoraal' }, list: ['kow'] };
    expect(compare('so', sv, so)).toEqual([
      'a: expected a string, found object',
      'nested.c: missing',
      'nested.d: not in sv (remove it or add it there)',
      'list: 1 items, sv has 2',
    ]);
  });

  it('names empty values, changed placeholders and untranslated text', () => {
    const sv = { a: 'Samtal {{date}}', b: 'Trygg', c: 'Må bra', d: 'Svenska', e: '{{n}} %', f: 'Aktiv' };
    const en = { a: 'Conversation {{date}}', b: 'Safe', c: 'Healthy', d: 'Svenska', e: '{{n}} %', f: 'Active' };
    const fi = { a: 'Keskustelu {{päivä}}', b: 'Trygg', c: 'Healthy', d: 'Svenska', e: '{{n}} %', f: '  ' };
    expect(compare('fi', sv, fi, en)).toEqual([
      'a: placeholders {{päivä}}, sv has {{date}}',
      'b: same as sv ("Trygg"), not translated',
      'c: same as en ("Healthy"), not translated',
      'f: empty value',
    ]);
  });

  it('asks each language for exactly its own plural forms', () => {
    const sv = { n_one: '{{count}} barn', n_other: '{{count}} barn' };
    expect(compare('fi', sv, { n_one: '{{count}} lapsi', n_other: '{{count}} lasta' })).toEqual([]);
    expect(compare('fi', sv, { n_one: '{{count}} lapsi', n_few: 'x {{count}}', n_other: '{{count}} lasta' })).toEqual([
      'n_few: unexpected plural form (fi uses _one _other)',
    ]);
    expect(compare('ar', sv, { n_one: 'طفل واحد', n_other: '{{count}} طفل' })).toEqual([
      'n_zero: missing plural form (ar needs _zero _one _two _few _many _other)',
      'n_two: missing plural form (ar needs _zero _one _two _few _many _other)',
      'n_few: missing plural form (ar needs _zero _one _two _few _many _other)',
      'n_many: missing plural form (ar needs _zero _one _two _few _many _other)',
    ]);
    const ar = {
      n_zero: 'لا أطفال',
      n_one: 'طفل واحد',
      n_two: 'طفلان',
      n_few: '{{count}} أطفال',
      n_many: '{{count}} طفلًا',
      n_other: '{{count}} طفل',
    };
    expect(compare('ar', sv, ar)).toEqual([]);
    // The "other" form must keep {{count}}; others may say the number in words.
    expect(compare('ar', sv, { ...ar, n_other: 'أطفال' })).toEqual(['n_other: placeholders {{none}}, sv has {{count}}']);
    expect(compare('kmr', sv, { n_one: '{{count}} zarok', n_other: '{{count}} zarok' })).toEqual([]);
  });

  it('keeps an explicit _zero of the source in every language', () => {
    const sv = { n_zero: 'Inga barn', n_one: 'Ett barn', n_other: '{{count}} barn' };
    expect(compare('en', sv, { n_one: 'One child', n_other: '{{count}} children' })).toEqual(['n_zero: missing plural form (en needs _one _other _zero)']);
  });

  it('checks the source for empty values and foreign plural forms', () => {
    expect(checkSource({ a: '', b: { c_one: 'x', c_few: 'y', c_other: 'z' }, d: [] })).toEqual([
      'a: empty value',
      'b.c_few: not a Swedish plural form',
      'd: empty array',
    ]);
  });

  it('checks meta.json', () => {
    expect(checkMeta({ sv: { nativeName: 'Svenska', dir: 'ltr', reviewed: true }, ar: { nativeName: '', dir: 'ltr' }, xx: {} }, ['sv', 'ar', 'fi'])).toEqual([
      'meta.json: ar.nativeName missing',
      'meta.json: ar.dir should be "rtl"',
      'meta.json: ar.reviewed must be true or false',
      'meta.json: ar.intlLocale must ask Intl for latn digits explicitly ("…-u-nu-latn")',
      'meta.json: fi missing',
      'meta.json: unknown language xx',
    ]);
  });
});

describe('review counts in meta.json', () => {
  it('wants a reviewedTexts count exactly for the languages reviewed text by text', () => {
    const base = { nativeName: 'Suomi', dir: 'ltr', intlLocale: 'fi-FI' };
    expect(checkMeta({ fi: { ...base, reviewed: false, reviewedTexts: 12 } }, ['fi'])).toEqual([]);
    expect(checkMeta({ fi: { ...base, reviewed: false } }, ['fi'])).toEqual([
      'meta.json: fi.reviewedTexts must be the number of reviewed texts (npm run texts:sync sets it)',
    ]);
    expect(checkMeta({ fi: { ...base, reviewed: false, reviewedTexts: -1 } }, ['fi'])).toHaveLength(1);
    expect(checkMeta({ fi: { ...base, reviewed: true, reviewedTexts: 3 } }, ['fi'])).toEqual([
      'meta.json: fi is reviewed as a whole, so it has no reviewedTexts count (npm run texts:sync removes it)',
    ]);
  });
});

describe('one digit system for Arabic', () => {
  it('asks Intl for 0–9 explicitly, whatever the runtime does for "ar"', () => {
    expect(checkDigits('ar', 'ar-u-nu-latn')).toEqual([]);
    expect(checkDigits('ar', 'ar')).toEqual(['meta.json: ar.intlLocale must ask Intl for latn digits explicitly ("…-u-nu-latn")']);
    expect(checkDigits('ar', 'ar-u-nu-arab')).toHaveLength(1);
    // Only Arabic has a policy; other languages use what Intl gives.
    expect(checkDigits('fi', 'fi-FI')).toEqual([]);
  });

  it('finds Arabic-Indic and Persian digits in Arabic texts, and only there', () => {
    const texts = { a: 'من 5', b: { c: 'من ٥' }, d: ['۳ أطفال'] };
    expect(digitProblems('ar', texts)).toEqual([
      'b.c: digits other than 0–9; ar writes numbers with 0–9 everywhere',
      'd[0]: digits other than 0–9; ar writes numbers with 0–9 everywhere',
    ]);
    expect(digitProblems('kmr', texts)).toEqual([]);
  });

  it('is kept by the Arabic texts and by what the app formats for Arabic', async () => {
    const { default: meta } = await import('../../locales/meta.json');
    expect(checkDigits('ar', meta.ar.intlLocale)).toEqual([]);
    const { formatDate, formatNumber } = await import('../../src/i18n/format');
    const shown = `${formatDate('2026-03-14', 'ar')} ${formatDate('2026-03-14', 'ar', 'short')} ${formatNumber(1234567, 'ar')}`;
    expect(shown).toMatch(/2026/);
    expect(shown).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/u);
  });
});

describe('locales/', () => {
  const namespaces = namespacesOf(LOCALES, SOURCE_LANGUAGE);

  it('covers the languages of the app', () => {
    expect([...LANGUAGES]).toEqual([...APP_LANGUAGES]);
  });

  it('has Swedish source files', () => {
    expect(namespaces.length).toBeGreaterThan(0);
  });

  it('review.json marks only texts as they are now, and meta.json counts them', () => {
    expect(checkReview(LOCALES)).toEqual([]);
  });

  it('meta.json lists every language with nativeName, dir and reviewed', async () => {
    const { default: meta } = await import('../../locales/meta.json');
    expect(checkMeta(meta)).toEqual([]);
  });

  for (const lng of LANGUAGES) {
    it(`${lng} has no namespace that Swedish lacks`, () => {
      const extra = namespacesOf(LOCALES, lng).filter((ns) => !namespaces.includes(ns));
      expect(extra.map((ns) => `${lng}/${ns}.json`)).toEqual([]);
    });
    for (const ns of namespaces) {
      it(`${lng}/${ns}.json is complete`, () => {
        expect(checkFile(LOCALES, lng, ns)).toEqual([]);
      });
    }
  }
});
