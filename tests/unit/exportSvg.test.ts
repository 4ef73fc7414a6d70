// The wheel picture as a standalone SVG: well-formed XML whatever the user typed, user text only ever
// as text (never markup), ratings drawn in, labels in the picture's language, fonts only when needed.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyEntries } from '../../src/domain/model';
import { AREA_IDS } from '../../src/domain/wheel';
import { PICTOGRAM_LICENCE, escapeXml, pictogramSvgFile, wheelSvgDocument } from '../../src/features/export/wheelSvg';
import { imageTexts, wheelImageInput } from '../../src/features/export/wheelImage';
import { fontFilesFor } from '../../src/features/export/fonts';
import { makeTranslate } from './testTranslate';
import { AREA_COLOURS } from '../../src/ui/palette';
import { PICTOGRAMS, PICTOGRAM_VIEWBOX } from '../../src/ui/pictograms/shapes';
import svWheel from '../../locales/sv/wheel.json';
import arWheel from '../../locales/ar/wheel.json';

// jsdom's XML parser (jsdom ships no type declarations, so it is required with a minimal type).
type JsdomModule = { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
const XmlParser = new JSDOM('').window.DOMParser;
const XSS = '<img src=x onerror=alert(1)>';

function parseSvg(svg: string): Document {
  const doc = new XmlParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

function entriesWithRatings() {
  const entries = emptyEntries();
  entries.safe = { ratings: { child: 4, guardian: 2 }, goingWell: 'Trivs', worries: '', nextSteps: '' };
  entries.included = { ratings: { professional: 5 }, goingWell: '', worries: '', nextSteps: '' };
  return entries;
}

function image(lang: 'sv' | 'en' | 'ar', alias: string, entries = entriesWithRatings()) {
  return wheelSvgDocument(wheelImageInput({ t: makeTranslate(lang, { onMissing: 'key' }), lang, rtl: lang === 'ar', entries, alias, dateText: '3 mars 2025' }));
}

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
  });

  it('drops characters XML 1.0 cannot hold, keeps real surrogate pairs', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\uDC00g')).toBe('abcdefg');
    expect(escapeXml('d 😀 نعم')).toBe('d 😀 نعم');
  });

  it('writes tabs and line breaks as character references, so parsing gives them back unchanged', () => {
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    const doc = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg" data-x="${escapeXml('1\t2\r\n3')}"><text>${escapeXml('1\t2\r\n3')}</text></svg>`);
    expect(doc.documentElement.getAttribute('data-x')).toBe('1\t2\r\n3');
    expect(doc.documentElement.textContent).toBe('1\t2\r\n3');
  });
});

describe('wheelSvgDocument', () => {
  it('is a well-formed SVG with every area label in the chosen language', () => {
    const { svg, width, height } = image('sv', 'AB');
    const doc = parseSvg(svg);
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(root.getAttribute('lang')).toBe('sv');
    const text = root.textContent ?? '';
    for (const id of AREA_IDS) expect(text).toContain(svWheel.areas[id].label);
    expect(text).toContain('Barnets bästa-hjulet');
    expect(text).toContain('AB · 3 mars 2025');
  });

  it('draws one wedge per rating and a notes marker where notes exist', () => {
    const doc = parseSvg(image('sv', 'AB').svg);
    const area = (id: string) => doc.querySelector(`g[data-area="${id}"]`);
    const wedges = (id: string) => [...(area(id)?.querySelectorAll('path') ?? [])].filter((p) => (p.getAttribute('fill') ?? '').startsWith('url(#'));
    expect(wedges('safe').map((p) => p.getAttribute('fill'))).toEqual(['url(#hjulet-child)', 'url(#hjulet-guardian)']);
    expect(wedges('included').map((p) => p.getAttribute('fill'))).toEqual(['url(#hjulet-professional)']);
    expect(wedges('healthy')).toEqual([]);
    // The notes marker is the area's own circle (the pictogram's circles are inside its nested <svg>).
    const markers = (id: string) => [...(area(id)?.querySelectorAll('circle') ?? [])].filter((c) => !c.closest('[data-pictogram]'));
    expect(markers('safe').length).toBe(1);
    expect(markers('included').length).toBe(0);
    // Every fill a wedge points at is defined in the file itself.
    for (const p of ['child', 'guardian', 'professional']) expect(doc.getElementById(`hjulet-${p}`)?.localName).toBe('pattern');
  });

  it('draws each area pictogram inside its area, as decoration, in the palette colours', () => {
    const doc = parseSvg(image('sv', 'AB').svg);
    for (const id of AREA_IDS) {
      const area = doc.querySelector(`g[data-area="${id}"]`);
      const pictogram = area?.querySelector(`svg[data-pictogram="${id}"]`);
      expect(pictogram?.getAttribute('aria-hidden')).toBe('true');
      expect(pictogram?.getAttribute('viewBox')).toBe(PICTOGRAM_VIEWBOX);
      expect(pictogram?.children.length).toBe(PICTOGRAMS[id].length);
      const fills = [...(pictogram?.children ?? [])].map((shape) => shape.getAttribute('fill'));
      if (PICTOGRAMS[id].some((shape) => shape.paint === 'body')) expect(fills).toContain(AREA_COLOURS[id].colour);
      // The sector is tinted in the area's colour: the first path of the group.
      expect(area?.querySelector('path')?.getAttribute('fill')).toBe(AREA_COLOURS[id].tint);
    }
  });

  it('writes each label line as its own <text> (WebKit misplaces <tspan x dy> in right-to-left text)', () => {
    const doc = parseSvg(image('ar', 'AB').svg);
    expect(doc.getElementsByTagName('tspan').length).toBe(0);
    const twoLines = AREA_IDS.find((id) => arWheel.areas[id].label.includes(' ') && arWheel.areas[id].label.length > 11);
    expect(twoLines).toBeDefined();
    const lines = [...(doc.querySelector(`g[data-area="${twoLines}"]`)?.querySelectorAll(':scope > text') ?? [])];
    expect(lines.length).toBe(2);
    expect(Number(lines[1]?.getAttribute('y'))).toBeGreaterThan(Number(lines[0]?.getAttribute('y')));
    expect(lines.map((line) => line.getAttribute('x'))).toEqual([lines[0]?.getAttribute('x'), lines[0]?.getAttribute('x')]);
  });

  it('keeps HTML in the alias as text: no element, no event handler', () => {
    const { svg } = image('sv', XSS);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const doc = parseSvg(svg);
    expect(doc.getElementsByTagName('img').length).toBe(0);
    expect(doc.getElementsByTagName('script').length).toBe(0);
    const handlers = [...doc.getElementsByTagName('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')));
    expect(handlers).toEqual([]);
    expect(doc.documentElement.textContent).toContain(`${XSS} · 3 mars 2025`);
  });

  it('stays well-formed and shows any alias exactly as text (property)', () => {
    // Only the characters XML cannot carry at all are dropped; everything else comes back unchanged.
    const allowed = (s: string) =>
      // eslint-disable-next-line no-control-regex -- the characters XML forbids are control characters
      s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(XSS, ']]>', '<![CDATA[x]]>', '&amp;', '"\'<>&')), (alias) => {
        const doc = parseSvg(image('sv', alias).svg);
        const caption = [alias.trim(), '3 mars 2025'].filter((s) => s !== '').join(' · ');
        const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
        expect(texts).toContain(allowed(caption));
        expect(doc.getElementsByTagName('img').length).toBe(0);
      }),
      { numRuns: 200 },
    );
    // 200 whole pictures parsed by jsdom (pictograms included): seconds on a busy shared machine.
  }, 30_000);

  it('labels an Arabic picture in Arabic, right to left', () => {
    const { svg } = image('ar', 'AB');
    const doc = parseSvg(svg);
    expect(doc.documentElement.getAttribute('direction')).toBe('rtl');
    const text = doc.documentElement.textContent ?? '';
    for (const id of AREA_IDS) {
      // Long labels wrap onto two lines; every word is there.
      for (const word of arWheel.areas[id].label.split(' ')) expect(text).toContain(word);
    }
  });

  it('embeds the given fonts as @font-face rules inside the file', () => {
    const input = wheelImageInput({ t: makeTranslate('sv'), lang: 'sv', rtl: false, entries: emptyEntries(), alias: 'AB', dateText: 'x' });
    const { svg } = wheelSvgDocument({
      ...input,
      fonts: [{ family: 'Noto Sans', weight: 700, dataUrl: 'data:font/woff2;base64,AAAA', unicodeRange: 'U+0000-00FF' }],
    });
    const style = parseSvg(svg).getElementsByTagName('style')[0]?.textContent ?? '';
    expect(style).toContain("@font-face{font-family:'Noto Sans';font-weight:700;");
    expect(style).toContain('src:url(data:font/woff2;base64,AAAA)');
  });
});

describe('pictogramSvgFile', () => {
  it.each(AREA_IDS)('writes the %s pictogram as a well-formed file of its own, with its licence', (id) => {
    const file = pictogramSvgFile(id, 300);
    expect(file.startsWith(`<!-- ${PICTOGRAM_LICENCE} -->`)).toBe(true);
    expect(PICTOGRAM_LICENCE).toContain('CC BY 4.0');
    const root = parseSvg(file).documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['300', '300', PICTOGRAM_VIEWBOX]);
    expect(root.children.length).toBe(PICTOGRAMS[id].length);
    // No words in the picture: it is the same in every language.
    expect(root.getElementsByTagName('text').length).toBe(0);
  });
});

describe('fonts for the picture', () => {
  it('embeds the Arabic font only for Arabic text, Latin Extended only when needed', () => {
    const sv = imageTexts(wheelImageInput({ t: makeTranslate('sv'), lang: 'sv', rtl: false, entries: emptyEntries(), alias: 'AB', dateText: '1 mars' }));
    const families = (text: string) => fontFilesFor(text).map((f) => `${f.family} ${f.weight}`);
    expect(families(sv)).toEqual(['Noto Sans 400', 'Noto Sans 700']);
    expect(families('آمن')).toEqual(['Noto Sans Arabic 400', 'Noto Sans Arabic 700']);
    expect(families('Ewle û şêwr')).toEqual(['Noto Sans 400', 'Noto Sans 700', 'Noto Sans 400', 'Noto Sans 700']);
  });
});
