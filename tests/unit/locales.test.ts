// Every language has every Swedish text: same files, same keys and array lengths, the plural forms
// the language needs, the same {{placeholders}}, nothing empty and nothing left in Swedish or English.
// The checker lives in scripts/check-locales.mjs (also a CLI for translators); its rules are tested
// first on small inline examples, then it is run on locales/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES as APP_LANGUAGES } from '../../src/i18n/languages';
import {
  checkFile,
  checkMeta,
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
    expect([...placeholders('{{count}} av {{ total }}, {{date, datetime}} $t(common:ok)')].sort()).toEqual([
      '$t(common:ok)',
      'count',
      'date',
      'total',
    ]);
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
    expect(compare('ar', sv, { ...ar, n_other: 'أطفال' })).toEqual([
      'n_other: placeholders {{none}}, sv has {{count}}',
    ]);
    expect(compare('kmr', sv, { n_one: '{{count}} zarok', n_other: '{{count}} zarok' })).toEqual([]);
  });

  it('keeps an explicit _zero of the source in every language', () => {
    const sv = { n_zero: 'Inga barn', n_one: 'Ett barn', n_other: '{{count}} barn' };
    expect(compare('en', sv, { n_one: 'One child', n_other: '{{count}} children' })).toEqual([
      'n_zero: missing plural form (en needs _one _other _zero)',
    ]);
  });

  it('checks the source for empty values and foreign plural forms', () => {
    expect(checkSource({ a: '', b: { c_one: 'x', c_few: 'y', c_other: 'z' }, d: [] })).toEqual([
      'a: empty value',
      'b.c_few: not a Swedish plural form',
      'd: empty array',
    ]);
  });

  it('checks meta.json', () => {
    expect(
      checkMeta(
        { sv: { nativeName: 'Svenska', dir: 'ltr', reviewed: true }, ar: { nativeName: '', dir: 'ltr' }, xx: {} },
        ['sv', 'ar', 'fi'],
      ),
    ).toEqual([
      'meta.json: ar.nativeName missing',
      'meta.json: ar.dir should be "rtl"',
      'meta.json: ar.reviewed must be true or false',
      'meta.json: fi missing',
      'meta.json: unknown language xx',
    ]);
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
