// The translator's round trip (issue 15): `texts:export` writes a language as CSV for a spreadsheet,
// `texts:import` reads it back into locales/<lng>/*.json and locales/review.json. Proven lossless on the
// real texts of all six languages and on made-up texts with quotes, line breaks, commas, semicolons, a
// BOM and Arabic and Kurmanji letters; rows whose placeholders differ are refused and change nothing.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLocales, checkReview } from '../../scripts/check-locales.mjs';
import { BOM, parseCsv, toCsv } from '../../scripts/texts/csv.mjs';
import { exportCsv, importCsv } from '../../scripts/texts/exchange.mjs';
import { replaceStrings, stringSpans } from '../../scripts/texts/jsonText.mjs';
import { readReview, syncReview } from '../../scripts/texts/review.mjs';
import { textRows } from '../../scripts/texts/rows.mjs';
import i18next from 'i18next';
import { loadLanguage } from '../../src/i18n';
import { LANGUAGE_META } from '../../src/i18n/languages';
import { countTexts, reviewState } from '../../src/i18n/reviewShare';
import { setWheelPackTexts } from '../../src/i18n/wheelTexts';

const LOCALES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');
const LANGUAGES = ['sv', 'en', 'fi', 'so', 'ar', 'kmr'];

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hjulet-texts-'));
  temps.push(dir);
  return dir;
}

/** A copy of locales/ to write into. */
function copyOfLocales(): string {
  const dir = path.join(tempDir(), 'locales');
  cpSync(LOCALES, dir, { recursive: true });
  return dir;
}

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else files.set(path.relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const rowsOf = (csv: string) => parseCsv(csv).map((r) => r.fields);

/** Edits cells of an exported CSV as a spreadsheet user would: `edit(fields)` returns the new fields. */
function editCsv(csv: string, edit: (fields: string[]) => string[]): string {
  const [head, ...body] = rowsOf(csv);
  return toCsv([head ?? [], ...body.map(edit)]);
}

describe('CSV', () => {
  it('starts with a BOM and quotes every field', () => {
    const csv = toCsv([
      ['key', 'sv'],
      ['a', 'Hej "du", hur\nmår du?'],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}"key","sv"\r\n"a","Hej ""du"", hur\nmår du?"\r\n`);
  });

  it('reads back exactly what it wrote, for any text without a carriage return', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('"', '""', ',', ';', '\n', ' leading and trailing ', '\uFEFF', 'آمن; "محترَم"', 'Lênêrîn distîne, "Rêzgirtî"\nşê'),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            cell.map((c) => c.replace(/\r/g, '')),
            { minLength: 1, maxLength: 5 },
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (records) => {
          // A record of one empty field is a blank line, which readers skip: give every record a key.
          const keyed = records.map((r) => [`k${r.length}`, ...r]);
          expect(rowsOf(toCsv(keyed))).toEqual(keyed);
        },
      ),
    );
  });

  it('reads what Excel saves in Swedish settings: semicolons, CRLF inside cells, no BOM', () => {
    const excel = 'key;sv;en;ar;reviewed;note\r\n"a";"Två\r\nrader";"Two";"سطران";"ja";"bra; tydligt"\r\n';
    expect(parseCsv(excel)).toEqual([
      { line: 1, fields: ['key', 'sv', 'en', 'ar', 'reviewed', 'note'] },
      { line: 2, fields: ['a', 'Två\nrader', 'Two', 'سطران', 'ja', 'bra; tydligt'] },
    ]);
  });

  it('names the line of a quote that never closes', () => {
    expect(() => parseCsv('key\n"open\nstill open')).toThrow(/line 2/);
  });
});

describe('editing a locale file as text', () => {
  it('changes only the values asked for, keeping layout and key order', () => {
    const text = '{\n  "app": { "name": "Hjulet" },\n  "list": [\n    "ett",\n    "två \\"tre\\""\n  ],\n  "1": "x"\n}\n';
    const spans = stringSpans(text);
    expect([...spans.keys()]).toEqual(['app.name', 'list[0]', 'list[1]', '1']);
    const {
      text: out,
      missing,
      changed,
    } = replaceStrings(
      text,
      new Map([
        ['list[1]', 'نعم "ja"\nrad'],
        ['nope', 'x'],
      ]),
    );
    expect(missing).toEqual(['nope']);
    expect(changed).toBe(1);
    expect(out).toBe('{\n  "app": { "name": "Hjulet" },\n  "list": [\n    "ett",\n    "نعم \\"ja\\"\\nrad"\n  ],\n  "1": "x"\n}\n');
    expect(JSON.parse(out).list[1]).toBe('نعم "ja"\nrad');
  });
});

describe('texts:export and texts:import on the real texts', () => {
  for (const lng of LANGUAGES) {
    it(`round-trips ${lng} without changing a byte`, () => {
      const dir = copyOfLocales();
      const before = snapshot(dir);
      const csv = exportCsv(dir, lng);
      const rows = rowsOf(csv);
      expect(rows[0]).toEqual(['key', 'sv', 'en', lng, 'reviewed', 'note']);
      // One row per text: as many as the language has strings (Arabic has its six plural forms).
      const files = readdirSync(path.join(dir, lng)).map((f) => JSON.parse(readFileSync(path.join(dir, lng, f), 'utf8')) as unknown);
      expect(rows.length - 1).toBe(countTexts(files));
      expect(rows.length - 1).toBe(textRows(dir, lng).length);
      const result = importCsv(dir, csv);
      expect(result.refused).toEqual([]);
      expect(result.changed).toBe(0);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

/** A small locales folder with texts that are hard for CSV and spreadsheets. */
function trickyLocales(): string {
  const dir = path.join(tempDir(), 'locales');
  const write = (lng: string, ns: string, value: unknown) => {
    mkdirSync(path.join(dir, lng), { recursive: true });
    writeFileSync(path.join(dir, lng, `${ns}.json`), `${JSON.stringify(value, null, 2)}\n`);
  };
  const sv = {
    quote: 'Säg "hej", sedan; gå',
    lines: 'Rad ett\nrad två',
    count_one: '{{count}} barn',
    count_other: '{{count}} barn',
    prompts: ['Känner du dig trygg?', 'Vem hjälper dig, {{name}}?'],
  };
  const en = {
    quote: 'Say "hi", then; go',
    lines: 'Line one\nline two',
    count_one: '{{count}} child',
    count_other: '{{count}} children',
    prompts: ['Do you feel safe?', 'Who helps you, {{name}}?'],
  };
  write('sv', 'main', sv);
  write('en', 'main', en);
  write('ar', 'main', {
    quote: 'قل "مرحبًا"، ثم؛ اذهب',
    lines: 'السطر الأول\nالسطر الثاني',
    count_zero: 'لا أطفال',
    count_one: 'طفل واحد',
    count_two: 'طفلان',
    count_few: '{{count}} أطفال',
    count_many: '{{count}} طفلًا',
    count_other: '{{count}} طفل',
    prompts: ['هل تشعر بالأمان؟', 'من يساعدك يا {{name}}؟'],
  });
  write('kmr', 'main', {
    quote: 'Bêje "silav", paşê; here',
    lines: 'Rêza yekem\nrêza duyem',
    count_one: '{{count}} zarok',
    count_other: '{{count}} zarok',
    prompts: ['Tu xwe ewle hîs dikî?', 'Kî alîkariya te dike, {{name}}?'],
  });
  const meta = {
    sv: { nativeName: 'Svenska', dir: 'ltr', intlLocale: 'sv-SE', reviewed: true },
    en: { nativeName: 'English', dir: 'ltr', intlLocale: 'en-GB', reviewed: true },
    fi: { nativeName: 'Suomi', dir: 'ltr', intlLocale: 'fi-FI', reviewed: false, reviewedTexts: 0 },
    so: { nativeName: 'Soomaali', dir: 'ltr', intlLocale: 'so-SO', reviewed: false, reviewedTexts: 0 },
    ar: { nativeName: 'العربية', dir: 'rtl', intlLocale: 'ar-u-nu-latn', reviewed: false, reviewedTexts: 0 },
    kmr: { nativeName: 'Kurmancî', dir: 'ltr', intlLocale: 'ku', reviewed: false, reviewedTexts: 0 },
  };
  writeFileSync(path.join(dir, 'meta.json'), JSON.stringify(meta));
  return dir;
}

describe('texts:import', () => {
  it('writes edited texts back exactly, Arabic and Kurmanji letters, quotes, line breaks and all', () => {
    const dir = trickyLocales();
    const arText = 'نص "جديد"،\nبسطرين; وفاصلة, هنا';
    const kmrText = 'Nivîsa "nû", bi du\nrêzan; ş ê î û ç';
    for (const [lng, text] of [
      ['ar', arText],
      ['kmr', kmrText],
    ] as const) {
      const before = readFileSync(path.join(dir, lng, 'main.json'), 'utf8');
      const csv = editCsv(exportCsv(dir, lng), (f) => (f[0] === 'main:quote' ? [f[0] ?? '', f[1] ?? '', f[2] ?? '', text, 'no', ''] : f));
      // Saved back by a spreadsheet with a BOM (and read by one): still the same text.
      expect(csv.startsWith(BOM)).toBe(true);
      const result = importCsv(dir, csv);
      expect(result).toMatchObject({ lng, changed: 1, refused: [] });
      const after = readFileSync(path.join(dir, lng, 'main.json'), 'utf8');
      expect(JSON.parse(after).quote).toBe(text);
      // Only that value changed: every other line, and the key order, as before.
      expect(after.split('\n').filter((line, i) => line !== before.split('\n')[i])).toHaveLength(1);
      expect(Object.keys(JSON.parse(after))).toEqual(Object.keys(JSON.parse(before)));
      // And the next export gives the text back as it was typed.
      expect(rowsOf(exportCsv(dir, lng)).find((f) => f[0] === 'main:quote')?.[3]).toBe(text);
    }
  });

  it('refuses rows whose placeholders differ from the source, and writes the good ones', () => {
    const dir = trickyLocales();
    const before = JSON.parse(readFileSync(path.join(dir, 'ar', 'main.json'), 'utf8')) as Record<string, unknown>;
    const csv = editCsv(exportCsv(dir, 'ar'), (f) => {
      const [key = '', sv = '', en = ''] = f;
      if (key === 'main:prompts[1]') return [key, sv, en, 'من يساعدك؟', 'yes', ''];
      if (key === 'main:count_other') return [key, sv, en, '{{n}} طفل', 'yes', ''];
      if (key === 'main:lines') return [key, sv, en, 'سطر جديد', 'yes', 'راجعه أحمد'];
      return f;
    });
    const result = importCsv(dir, csv);
    expect(result.refused.map((r) => [r.key, r.reason.split(':')[0]])).toEqual([
      ['main:count_other', 'placeholders {{n}}, sv has {{count}}'],
      ['main:prompts[1]', 'placeholders {{none}}, sv has {{name}}'],
    ]);
    const after = JSON.parse(readFileSync(path.join(dir, 'ar', 'main.json'), 'utf8')) as Record<string, unknown>;
    expect(after).toEqual({ ...before, lines: 'سطر جديد' });
    // The singular and dual may say the number in words: no placeholder needed there.
    const dual = editCsv(exportCsv(dir, 'ar'), (f) => (f[0] === 'main:count_two' ? [f[0], f[1] ?? '', f[2] ?? '', 'اثنان من الأطفال', 'no', ''] : f));
    expect(importCsv(dir, dual).refused).toEqual([]);
  });

  it('refuses unknown keys, empty texts and unclear review answers, with their lines', () => {
    const dir = trickyLocales();
    const before = snapshot(dir);
    const csv = `${BOM}"key","sv","en","kmr","reviewed","note"\r\n"main:nope","","","x","no",""\r\n"main:quote","","","  ","no",""\r\n"main:lines","","","Rêz","maybe",""\r\n`;
    const result = importCsv(dir, csv);
    expect(result.refused.map((r) => [r.line, r.key])).toEqual([
      [2, 'main:nope'],
      [3, 'main:quote'],
      [4, 'main:lines'],
    ]);
    expect(snapshot(dir)).toEqual(before);
    expect(() => importCsv(dir, '"id","text"\r\n')).toThrow(/header/);
  });

  it('records per-text review status, counts it in meta.json, and notices a text changed afterwards', () => {
    const dir = trickyLocales();
    const csv = editCsv(exportCsv(dir, 'kmr'), (f) =>
      f[0] === 'main:quote' || f[0] === 'main:count_one' ? [...f.slice(0, 4), 'yes', f[0] === 'main:quote' ? 'Baş e' : ''] : f,
    );
    expect(importCsv(dir, csv)).toMatchObject({ changed: 0, reviewed: 2, refused: [] });
    const meta = () => JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Record<string, { reviewedTexts?: number }>;
    expect(meta().kmr?.reviewedTexts).toBe(2);
    expect(readReview(dir).kmr?.['main:quote']).toMatchObject({ reviewed: true, note: 'Baş e' });
    expect(checkReview(dir)).toEqual([]);
    expect(checkLocales(dir, ['sv', 'en', 'ar', 'kmr'])).toEqual([]);
    // The export says so, for the next reviewer.
    expect(
      rowsOf(exportCsv(dir, 'kmr'))
        .filter((f) => f[4] === 'yes')
        .map((f) => f[0]),
    ).toEqual(['main:quote', 'main:count_one']);

    // Someone edits a reviewed text by hand: the mark no longer fits, and the check says so.
    const file = path.join(dir, 'kmr', 'main.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Bêje', 'Bibêje'));
    expect(checkReview(dir)).toEqual([
      'review.json: kmr main:quote: the text or its Swedish source changed after the review (review it again, or npm run texts:sync drops the mark)',
      'meta.json: kmr.reviewedTexts is 2, review.json has 1 reviewed texts (npm run texts:sync)',
    ]);
    expect(syncReview(dir)).toEqual(['kmr main:quote']);
    expect(checkReview(dir)).toEqual([]);
    expect(meta().kmr?.reviewedTexts).toBe(1);
    // The reviewer's note stays for the next review; only the mark went.
    expect(readReview(dir).kmr?.['main:quote']).toEqual({ reviewed: false, note: 'Baş e' });
  });

  it('does not mark a row reviewed when the Swedish text changed since the export', () => {
    const dir = trickyLocales();
    const csv = editCsv(exportCsv(dir, 'ar'), (f) => (f[0] === 'main:quote' ? [f[0], 'En äldre källtext', f[2] ?? '', f[3] ?? '', 'yes', ''] : f));
    const result = importCsv(dir, csv);
    expect(result.reviewed).toBe(0);
    expect(result.warnings).toHaveLength(1);
  });
});

describe("the app's share of reviewed texts", () => {
  it('counts the texts the CSV has rows for, rounds down, and ignores a wheel pack', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'so', fallbackLng: false, resources: {}, partialBundledLanguages: true });
    await loadLanguage('so', instance);
    await loadLanguage('sv', instance);
    const total = textRows(LOCALES, 'so').length;
    const meta = LANGUAGE_META.so;
    const saved = meta.reviewedTexts;
    try {
      meta.reviewedTexts = Math.floor(total / 2);
      expect(reviewState('so', instance)).toEqual({ kind: 'partly', percent: Math.floor((Math.floor(total / 2) * 100) / total) });
      // A region's pack with other prompts changes what is shown, not what was reviewed.
      setWheelPackTexts(
        {
          format: 'hjulet-wheel-pack',
          version: 1,
          name: 'R',
          source: 'S',
          texts: { so: { areas: { safe: { prompts: ['a?', 'b?', 'c?', 'd?', 'e?', 'f?', 'g?'] } } } },
        },
        instance,
      );
      expect(reviewState('so', instance)).toMatchObject({ percent: Math.floor((Math.floor(total / 2) * 100) / total) });
      meta.reviewedTexts = total - 1;
      expect(reviewState('so', instance)).toEqual({ kind: 'partly', percent: 99 });
      meta.reviewedTexts = total;
      expect(reviewState('so', instance)).toEqual({ kind: 'reviewed' });
    } finally {
      meta.reviewedTexts = saved;
      setWheelPackTexts(undefined, instance);
    }
    expect(reviewState('sv', instance)).toEqual({ kind: 'source' });
    expect(reviewState('en', instance)).toEqual({ kind: 'reviewed' });
  });
});
