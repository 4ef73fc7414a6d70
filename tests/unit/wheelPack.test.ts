// Wheel packs (a region's own wording, issue 15): a valid pack is read into plain data; a damaged one,
// however it is damaged, is refused with the reason and nothing of it is used; and the texts a pack
// lacks fall back to the built-in ones key by key, in i18next too.
import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import sv from '../../locales/sv/wheel.json';
import so from '../../locales/so/wheel.json';
import {
  MAX_PROMPTS,
  WHEEL_PACK_MAX_BYTES,
  packLanguages,
  packTextCount,
  parseWheelPack,
  withPackTexts,
  type WheelPackProblemKind,
  type WheelTextsPatch,
} from '../../src/domain/wheelPack';
import { AREA_IDS, PERSPECTIVES } from '../../src/domain/wheel';
import { loadLanguage } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import { setWheelPackTexts, wheelPackInUse } from '../../src/i18n/wheelTexts';

const RULES = { languages: LANGUAGES, source: sv };
const parse = (value: unknown) => parseWheelPack(typeof value === 'string' ? value : JSON.stringify(value), RULES);
const pack = (texts: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  format: 'hjulet-wheel-pack',
  version: 1,
  name: 'Region Test',
  source: 'Regionens broschyr 2025',
  texts,
  ...extra,
});
const kindOf = (value: unknown): WheelPackProblemKind | 'ok' => {
  const result = parse(value);
  return result.ok ? 'ok' : result.problem.kind;
};

// --- Generators ------------------------------------------------------------------------------------

/** Text a region might write: any letters, never a placeholder. */
const arbWording = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/[{}$]/g, ''))
  .filter((s) => s.trim() !== '');

const arbPrompts = fc.array(arbWording, { minLength: 1, maxLength: MAX_PROMPTS });

/** The child text and prompts of the age bands with texts of their own (0–5, 13–17). */
const arbBands = fc.dictionary(fc.constantFrom('0-5', '13-17'), fc.record({ child: arbWording, prompts: arbPrompts }, { requiredKeys: [] }), { maxKeys: 2 });

const arbAreaPatch = fc.record({ label: arbWording, meaning: arbWording, child: arbWording, prompts: arbPrompts, bands: arbBands }, { requiredKeys: [] });

const arbLanguagePatch: fc.Arbitrary<WheelTextsPatch> = fc
  .record(
    {
      centre: arbWording,
      centreLong: arbWording,
      areas: fc.dictionary(fc.constantFrom(...AREA_IDS), arbAreaPatch, { maxKeys: 8 }),
      scale: fc.dictionary(fc.constantFrom('1', '2', '3', '4', '5', 'none'), arbWording, { maxKeys: 6 }),
      perspectives: fc.dictionary(fc.constantFrom(...PERSPECTIVES), arbWording, { maxKeys: 3 }),
      hopes: fc.record(
        { question: arbWording, bands: fc.dictionary(fc.constantFrom('0-5', '13-17'), fc.record({ question: arbWording }), { maxKeys: 2 }) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  )
  .map((patch) => patch as WheelTextsPatch);

/** Valid packs: any subset of languages and keys. */
const arbPack = fc.dictionary(fc.constantFrom(...LANGUAGES), arbLanguagePatch, { minKeys: 1, maxKeys: 6 }).map((texts) => pack(texts));

/** Paths of every value in a JSON value, for damaging one of them. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (typeof value === 'object' && value !== null) return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

function setAt(root: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at[at.length - 1] as string | number] = value;
  return copy;
}

const wrongValue = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant('text'), fc.constant({}), fc.constant([]), fc.constant([1]));
const shapeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
const valueAt = (root: unknown, path: (string | number)[]) => path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], root);

// --- Valid packs ----------------------------------------------------------------------------------

describe('a valid wheel pack', () => {
  it('is read for any subset of languages and keys', () => {
    fc.assert(
      fc.property(arbPack, (value) => {
        const result = parse(value);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.pack.texts).toEqual(value.texts);
      }),
    );
  });

  it('may start with a byte order mark, as Windows editors write it', () => {
    expect(kindOf(`\uFEFF${JSON.stringify(pack({ sv: { centre: 'Barnet i mitten' } }))}`)).toBe('ok');
  });

  it('counts its texts and languages', () => {
    const result = parse(pack({ sv: { areas: { safe: { label: 'Trygghet', prompts: ['A?', 'B?'] } } }, so: {}, ar: { centre: 'الطفل' } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(packTextCount(result.pack)).toBe(3);
    expect(packLanguages(result.pack, LANGUAGES)).toEqual(['sv', 'ar']);
  });
});

// --- Damaged packs --------------------------------------------------------------------------------

describe('a damaged wheel pack is refused with its reason', () => {
  it('never throws and never passes, whatever JSON it is', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parse(text).ok).toBe(false);
      }),
    );
  });

  it('refuses text that is not JSON: cut off, garbled or empty', () => {
    fc.assert(
      fc.property(arbPack, fc.nat(), (value, cut) => {
        const text = JSON.stringify(value);
        const broken = text.slice(0, cut % text.length);
        expect(kindOf(broken)).toBe('not-json');
      }),
    );
    expect(kindOf('')).toBe('not-json');
    expect(kindOf('{"format": "hjulet-wheel-pack",}')).toBe('not-json');
  });

  it('refuses a value of the wrong type anywhere in the texts', () => {
    fc.assert(
      fc.property(
        arbPack.chain((value) => {
          const places = paths(value.texts, ['texts']).filter((at) => at.length > 2);
          return fc.tuple(fc.constant(value), fc.constantFrom(...places), wrongValue);
        }),
        ([value, at, wrong]) => {
          // Only a value of another shape is wrong: a text for a text, a group for a group is fine.
          fc.pre(shapeOf(wrong) !== shapeOf(valueAt(value, at)));
          const kind = kindOf(setAt(value, at, wrong));
          expect(['wrong-type', 'prompt-count']).toContain(kind);
        },
      ),
    );
  });

  it('refuses unknown area ids, unknown keys and unknown languages', () => {
    fc.assert(
      fc.property(
        arbPack,
        fc
          .string({ minLength: 1, maxLength: 12 })
          .filter((s) => !(AREA_IDS as readonly string[]).includes(s) && !['__proto__', 'constructor', 'prototype'].includes(s)),
        fc.constantFrom(...LANGUAGES),
        (value, id, lng) => {
          expect(kindOf(pack({ ...value.texts, [lng]: { areas: { [id]: { label: 'X' } } } }))).toBe('unknown-area');
          expect(kindOf(pack({ ...value.texts, [lng]: { areas: { safe: { [`x${id}`]: 'X' } } } }))).toBe('unknown-key');
          expect(kindOf(pack({ ...value.texts, [lng]: { [`x${id}`]: 'X' } }))).toBe('unknown-key');
          expect(kindOf(pack({ ...value.texts, [`x-${id}`]: { centre: 'X' } }))).toBe('unknown-language');
        },
      ),
    );
    expect(parse(pack({ so: { areas: { happy: { label: 'Faraxsan' } } } }))).toEqual({
      ok: false,
      problem: { kind: 'unknown-area', path: 'texts.so.areas.happy' },
    });
  });

  it("takes the age bands' child texts and prompts, and refuses a band the wheel has no texts of its own for", () => {
    const banded = pack({
      sv: {
        areas: {
          safe: {
            bands: {
              '0-5': { child: 'Ditt barn ska vara tryggt.', prompts: ['Är barnet tryggt?'] },
              '13-17': { prompts: ['Hur trygg är du?', 'Vem litar du på?'] },
            },
          },
        },
        hopes: { question: 'Vad önskar du?', bands: { '0-5': { question: 'Vad önskar ni?' } } },
      },
    });
    expect(kindOf(banded)).toBe('ok');
    // 6–12 is the area's own child text and prompts, not a band of its own; 18+ is not the wheel's.
    expect(parse(pack({ sv: { areas: { safe: { bands: { '6-12': { child: 'X' } } } } } }))).toEqual({
      ok: false,
      problem: { kind: 'unknown-band', path: 'texts.sv.areas.safe.bands.6-12' },
    });
    expect(kindOf(pack({ fi: { hopes: { bands: { '18-25': { question: 'X' } } } } }))).toBe('unknown-band');
    expect(kindOf(pack({ sv: { areas: { safe: { bands: { '0-5': { meaning: 'X' } } } } } }))).toBe('unknown-key');
    expect(kindOf(pack({ sv: { areas: { safe: { bands: { '0-5': { prompts: [] } } } } } }))).toBe('prompt-count');
    expect(kindOf(pack({ sv: { areas: { safe: { bands: { '13-17': { child: '' } } } } } }))).toBe('empty-text');
  });

  it('refuses placeholders that differ from the built-in text', () => {
    fc.assert(
      fc.property(
        arbPack.chain((value) => {
          const texts = paths(value.texts, ['texts']).filter((at) => typeof valueAt(value, at) === 'string');
          return fc.tuple(fc.constant(value), fc.constantFrom(...texts), fc.constantFrom('{{name}}', '{{count}}', '$t(common:app.name)', '{{ x, number }}'));
        }),
        ([value, at, placeholder]) => {
          expect(kindOf(setAt(value, at, `Hej ${placeholder}`))).toBe('placeholders');
        },
      ),
    );
  });

  it('refuses forbidden keys at any depth', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = `{"format":"hjulet-wheel-pack","version":1,"name":"X","source":"Y","texts":{"sv":{"areas":{"safe":{"${key}":{"polluted":true}}}}}}`;
      expect(parseWheelPack(text, RULES)).toEqual({ ok: false, problem: { kind: 'forbidden-key', path: key } });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('refuses a pack over 1 MB, counted in UTF-8 bytes', () => {
    const filler = (n: number) => pack({ sv: { centre: 'x' } }, { source: 'ä'.repeat(n) });
    // "ä" is two bytes: under a million characters, over a megabyte.
    expect(kindOf(filler(WHEEL_PACK_MAX_BYTES / 2 + 10))).toBe('too-large');
    expect(kindOf(filler(WHEEL_PACK_MAX_BYTES / 2 - 200))).toBe('ok');
  });

  it('refuses empty texts, wrong prompt counts, other formats and newer versions', () => {
    expect(kindOf(pack({ sv: { centre: '  ' } }))).toBe('empty-text');
    expect(kindOf(pack({ sv: { areas: { safe: { prompts: [] } } } }))).toBe('prompt-count');
    expect(kindOf(pack({ sv: { areas: { safe: { prompts: Array.from({ length: MAX_PROMPTS + 1 }, () => 'Fråga?') } } } }))).toBe('prompt-count');
    expect(kindOf(pack({ sv: { centre: 'x' } }, { name: '' }))).toBe('empty-text');
    expect(kindOf(pack({ sv: { centre: 'x' } }, { name: 3 }))).toBe('wrong-type');
    expect(kindOf(pack({ sv: { centre: 'x' } }, { extra: 1 }))).toBe('unknown-key');
    expect(kindOf(pack({ sv: { centre: 'x' } }, { format: 'hjulet-backup' }))).toBe('not-a-pack');
    expect(kindOf(pack({ sv: { centre: 'x' } }, { version: 2 }))).toBe('newer-version');
    expect(kindOf(pack({ sv: { centre: 'x' } }, { version: '1' }))).toBe('wrong-type');
    expect(kindOf([pack({})])).toBe('not-a-pack');
  });
});

// --- Fallback per key -----------------------------------------------------------------------------

/** The value at a dotted path ("areas.safe.label") of nested texts. */
const at = (texts: unknown, keyPath: string): unknown => keyPath.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], texts);

function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('texts a pack lacks fall back to the built-in texts, key by key', () => {
  it('takes each text from the pack when it has one, else from the built-in texts', () => {
    fc.assert(
      fc.property(arbLanguagePatch, (patch) => {
        const before = structuredClone(so);
        const merged = withPackTexts(so, patch);
        const fromPack = new Set(leafPaths(patch).filter((p) => p !== ''));
        for (const keyPath of leafPaths(so)) {
          expect(at(merged, keyPath)).toEqual(fromPack.has(keyPath) ? at(patch, keyPath) : at(so, keyPath));
        }
        // Nothing new, nothing lost, and the built-in texts untouched.
        expect(leafPaths(merged).sort()).toEqual(leafPaths(so).sort());
        expect(so).toEqual(before);
      }),
    );
  });

  it('serves the pack through i18next in every loaded language, and the built-in texts again without it', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'so', fallbackLng: false, resources: {}, partialBundledLanguages: true, interpolation: { escapeValue: false } });
    await loadLanguage('so', instance);
    const result = parse(pack({ so: { areas: { safe: { label: 'Nabad', prompts: ['Ma nabad baad tahay?'] } } }, ar: { centre: 'الطفل هنا' } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const so = () => instance.getFixedT('so', 'wheel');
    const builtIn = { label: so()('areas.safe.label'), meaning: so()('areas.safe.meaning') };

    setWheelPackTexts(result.pack, instance);
    expect(wheelPackInUse(instance)?.name).toBe('Region Test');
    expect(so()('areas.safe.label')).toBe('Nabad');
    expect(so()('areas.safe.prompts', { returnObjects: true })).toEqual(['Ma nabad baad tahay?']);
    expect(so()('areas.safe.meaning')).toBe(builtIn.meaning);
    // A language loaded after the pack was put in use gets it too.
    await loadLanguage('ar', instance);
    expect(instance.getFixedT('ar', 'wheel')('centre')).toBe('الطفل هنا');
    expect(instance.getFixedT('ar', 'wheel')('areas.safe.label')).toBe('آمن');

    setWheelPackTexts(undefined, instance);
    expect(so()('areas.safe.label')).toBe(builtIn.label);
    expect((so()('areas.safe.prompts', { returnObjects: true }) as string[]).length).toBeGreaterThan(1);
    expect(instance.getFixedT('ar', 'wheel')('centre')).toBe('الطفل');
  });
});
