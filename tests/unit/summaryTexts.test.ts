import { describe, expect, it } from 'vitest';
import { loadNamespace, makeTranslate } from './testTranslate';

// The helpers other tests lean on must themselves be right, and the summary texts must be complete in
// both finished languages.

function keyPaths(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('testTranslate', () => {
  it('resolves namespaced keys and interpolates {{vars}}', () => {
    const t = makeTranslate('sv');
    expect(t('wheel:areas.safe.label')).toBe('Trygg');
    expect(t('wheel:scale.4')).toBe('Ganska bra');
    expect(t('summary:rating', { value: 4, word: 'Ganska bra' })).toBe('4 av 5, Ganska bra');
    expect(makeTranslate('en')('summary:rating', { value: 2, word: 'Quite hard' })).toBe('2 of 5, Quite hard');
  });

  it('fails loudly on a missing key unless asked to return the key', () => {
    expect(() => makeTranslate('sv')('summary:nope')).toThrow(/missing translation/);
    expect(() => makeTranslate('sv')('nons:key')).toThrow(/missing translation/);
    expect(makeTranslate('sv', { onMissing: 'key' })('summary:nope')).toBe('summary:nope');
  });
});

describe('summary texts', () => {
  it('has the same keys in Swedish and English, none empty', () => {
    const sv = loadNamespace('sv', 'summary');
    const en = loadNamespace('en', 'summary');
    expect(keyPaths(en).sort()).toEqual(keyPaths(sv).sort());
    const t = makeTranslate('en');
    const tsv = makeTranslate('sv');
    for (const key of keyPaths(sv)) {
      expect(tsv(`summary:${key}`).trim()).not.toBe('');
      expect(t(`summary:${key}`).trim()).not.toBe('');
    }
  });

  it('names every setting and participant role of the data model', async () => {
    const { SETTINGS, PARTICIPANT_ROLES } = await import('../../src/domain/model');
    for (const lng of ['sv', 'en']) {
      const t = makeTranslate(lng);
      for (const s of SETTINGS) expect(t(`summary:setting.${s}`)).not.toBe('');
      for (const r of PARTICIPANT_ROLES) expect(t(`summary:role.${r}`)).not.toBe('');
    }
  });
});
