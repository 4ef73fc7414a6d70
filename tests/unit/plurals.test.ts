import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { ensurePluralRules, pluralRulesSupported } from '../../src/i18n/plurals';

describe('plural rules for every language', () => {
  it('resolves Arabic to its six forms and the others to what Intl gives', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'ar',
      resources: {
        ar: { common: { n_zero: 'zero', n_one: 'one', n_two: 'two', n_few: 'few', n_many: 'many', n_other: 'other' } },
        kmr: { common: { n_one: 'yek', n_other: 'gelek' } },
      },
      defaultNS: 'common',
    });
    ensurePluralRules(instance);
    // This instance holds test texts, not the app's (whose keys the types know): untyped keys here.
    type Plain = (key: string, options: { count: number }) => string;
    const t = instance.t.bind(instance) as unknown as Plain;
    expect([0, 1, 2, 3, 11, 100].map((count) => t('n', { count }))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    const kmr = instance.getFixedT('kmr') as unknown as Plain;
    expect([1, 2, 5].map((count) => kmr('n', { count }))).toEqual(['yek', 'gelek', 'gelek']);
  });

  it('fills in one/other rules where Intl lacks a language', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'sv', resources: {} });
    const patched = ensurePluralRules(instance);
    for (const lng of patched) expect(pluralRulesSupported(lng)).toBe(false);
    const resolver = instance.services.pluralResolver as unknown as { getSuffixes(code: string): string[] };
    expect(resolver.getSuffixes('kmr')).toEqual(['_one', '_other']);
    expect(resolver.getSuffixes('ar')).toEqual(['_zero', '_one', '_two', '_few', '_many', '_other']);
  });
});
