import { describe, expect, it } from 'vitest';
import { ageBandFor, childPromptsKey, childTextKey, conversationAgeBand, hopesQuestionKey } from '../../src/domain/ageBand';
import { AGE_BANDS } from '../../src/domain/model';
import { AREA_IDS } from '../../src/domain/wheel';
import { LANGUAGES } from '../../src/i18n/languages';
import { loadNamespace } from './testTranslate';

function at(root: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), root);
}

describe('age bands', () => {
  it('follow the age the child turns in the conversation’s year', () => {
    expect(ageBandFor(2021, '2026-03-01')).toBe('0-5');
    expect(ageBandFor(2020, '2026-03-01')).toBe('6-12');
    expect(ageBandFor(2014, '2026-03-01')).toBe('6-12');
    expect(ageBandFor(2013, '2026-03-01')).toBe('13-17');
    expect(ageBandFor(2008, '2026-03-01')).toBe('13-17');
    expect(ageBandFor(undefined, '2026-03-01')).toBe('6-12');
  });

  it('can be chosen per conversation', () => {
    expect(conversationAgeBand({ date: '2026-03-01', ageBand: '13-17' }, { birthYear: 2021 })).toBe('13-17');
    expect(conversationAgeBand({ date: '2026-03-01' }, { birthYear: 2021 })).toBe('0-5');
    expect(conversationAgeBand({ date: '2026-03-01' }, undefined)).toBe('6-12');
  });
});

describe('the texts of each age band', () => {
  it('keep 6–12 at the original keys and put the other bands under bands.<band>', () => {
    expect(childTextKey('safe', '6-12')).toBe('areas.safe.child');
    expect(childPromptsKey('safe', '6-12')).toBe('areas.safe.prompts');
    expect(childTextKey('included', '0-5')).toBe('areas.included.bands.0-5.child');
    expect(childPromptsKey('respected', '13-17')).toBe('areas.respected.bands.13-17.prompts');
    expect(hopesQuestionKey('6-12')).toBe('hopes.question');
    expect(hopesQuestionKey('0-5')).toBe('hopes.bands.0-5.question');
  });

  it('exist in all six languages: a child text, three to five prompts and the hopes question for every band', () => {
    const missing: string[] = [];
    for (const lng of LANGUAGES) {
      const wheel = loadNamespace(lng, 'wheel');
      for (const band of AGE_BANDS) {
        const hopes = at(wheel, hopesQuestionKey(band));
        if (typeof hopes !== 'string' || hopes.trim() === '') missing.push(`${lng} ${band} hopes`);
        for (const id of AREA_IDS) {
          const text = at(wheel, childTextKey(id, band));
          const prompts = at(wheel, childPromptsKey(id, band));
          if (typeof text !== 'string' || text.trim() === '') missing.push(`${lng} ${band} ${id} child`);
          if (!Array.isArray(prompts) || prompts.length < 3 || prompts.length > 5) missing.push(`${lng} ${band} ${id} prompts`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('differ between the bands: the little ones are asked through the guardian, the young people are not talked down to', () => {
    const sv = loadNamespace('sv', 'wheel');
    for (const id of AREA_IDS) {
      const texts = AGE_BANDS.map((band) => at(sv, childTextKey(id, band)));
      expect(new Set(texts).size).toBe(3);
      // 0–5 speaks to the guardian about the child.
      expect(String(at(sv, childTextKey(id, '0-5')))).toMatch(/^Ditt barn/);
    }
  });
});
