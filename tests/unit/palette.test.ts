// One palette for the app and the exported pictures: the stylesheet's :root tokens are exactly the
// colours of src/ui/palette.ts, and every text drawn on one of them meets WCAG AA (4.5:1), every outline
// or rating fill that carries a shape at least 3:1 (WCAG 1.4.11).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../src/domain/wheel';
import { AREA_COLOURS, COLOURS, areaToken, colourToken, type AreaColours } from '../../src/ui/palette';
import { PALETTE } from '../../src/features/export/wheelSvg';

const css = readFileSync(new URL('../../src/ui/styles.css', import.meta.url), 'utf8');

/** The custom properties of the first :root rule whose values are hex colours. */
function rootColourTokens(): Map<string, string> {
  const root = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
  const tokens = new Map<string, string>();
  for (const match of root.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,8})\s*;/g)) tokens.set(match[1] as string, (match[2] as string).toLowerCase());
  return tokens;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHICH: (keyof AreaColours)[] = ['colour', 'tint', 'selected'];

describe('palette tokens', () => {
  const tokens = rootColourTokens();

  it('computes contrast like WCAG (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#1f5f5b', '#1f5f5b')).toBe(1);
  });

  it('gives every palette colour a token in the stylesheet with the same value', () => {
    for (const [name, value] of Object.entries(COLOURS)) expect([name, tokens.get(colourToken(name as keyof typeof COLOURS))]).toEqual([name, value]);
    for (const id of AREA_IDS) for (const which of WHICH) expect([id, which, tokens.get(areaToken(id, which))]).toEqual([id, which, AREA_COLOURS[id][which]]);
  });

  it('has no colour token in the stylesheet that the palette does not know', () => {
    const known = new Set([
      ...Object.keys(COLOURS).map((name) => colourToken(name as keyof typeof COLOURS)),
      ...AREA_IDS.flatMap((id) => WHICH.map((which) => areaToken(id, which))),
    ]);
    expect([...tokens.keys()].filter((token) => !known.has(token))).toEqual([]);
    expect(tokens.size).toBe(known.size);
  });

  it('draws the exported picture from the same palette', () => {
    for (const value of Object.values(PALETTE)) expect(Object.values(COLOURS)).toContain(value);
  });

  it('gives the eight areas eight different colours', () => {
    for (const which of WHICH) expect(new Set(AREA_IDS.map((id) => AREA_COLOURS[id][which])).size).toBe(AREA_IDS.length);
  });
});

describe('contrast', () => {
  // Text and the backgrounds it is drawn on, wherever the app draws them.
  const TEXT_ON: Array<[string, string, string]> = [
    ['body text', COLOURS.ink, COLOURS.paper],
    ['body text on cards', COLOURS.ink, COLOURS.card],
    ['muted text', COLOURS.muted, COLOURS.paper],
    ['muted text on cards', COLOURS.muted, COLOURS.card],
    ['headings and links', COLOURS.brand, COLOURS.card],
    ['links on the page', COLOURS.brand, COLOURS.paper],
    ['header and hub label', COLOURS.brandInk, COLOURS.brand],
    ['warnings', COLOURS.accent, COLOURS.card],
    ['errors', COLOURS.danger, COLOURS.card],
    ['done messages', COLOURS.ok, COLOURS.card],
    ['checked rating option', COLOURS.ink, COLOURS.sectorSelected],
    ['wheel label without an area tint', COLOURS.ink, COLOURS.sector],
  ];

  it.each(TEXT_ON)('%s meet AA (4.5:1)', (_what, text, background) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(AREA_IDS)('labels on the %s sector, plain and selected, meet AA (4.5:1)', (id) => {
    expect(contrast(COLOURS.ink, AREA_COLOURS[id].tint)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLOURS.ink, AREA_COLOURS[id].selected)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(AREA_IDS)('the %s pictogram outline stands out from its colour, its sector and white (3:1)', (id) => {
    // The outline carries the picture: it must read against the fill inside and every background outside.
    for (const background of [AREA_COLOURS[id].colour, AREA_COLOURS[id].tint, AREA_COLOURS[id].selected, COLOURS.card, COLOURS.paper]) {
      expect(contrast(COLOURS.ink, background)).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(AREA_IDS)('rating fills stay readable on the %s sector (3:1)', (id) => {
    for (const fill of [COLOURS.child, COLOURS.guardian, COLOURS.professional]) {
      expect(contrast(fill, AREA_COLOURS[id].tint)).toBeGreaterThanOrEqual(3);
      expect(contrast(fill, AREA_COLOURS[id].selected)).toBeGreaterThanOrEqual(3);
    }
  });
});
