// The one palette of Hjulet. The app reads these colours as CSS custom properties (:root of
// src/ui/styles.css, token `--brand-ink` for `brandInk`, `--area-safe-tint` for the tint of `safe`);
// standalone pictures (the exported wheel) write them out, since no CSS exists there.
// tests/unit/palette.test.ts proves the stylesheet and this file agree, and that text on any of these
// colours meets WCAG AA.
import type { AreaId } from '../domain/wheel';

export const COLOURS = {
  ink: '#1b2421',
  muted: '#4d5a56',
  paper: '#fbfaf7',
  card: '#ffffff',
  line: '#c9d1ce',
  brand: '#1f5f5b',
  brandInk: '#ffffff',
  accent: '#8a3b12',
  focus: '#0b57d0',
  danger: '#a4161a',
  ok: '#1e6b34',
  child: '#1f5f5b',
  guardian: '#8a3b12',
  professional: '#3d3a8c',
  sector: '#eef3f1',
  sectorSelected: '#d5e6e1',
} as const;

export interface AreaColours {
  /** The pictogram's colour: friendly and light, always with a dark outline (never text on it). */
  colour: string;
  /** The sector's background on the wheel; labels are ink on it. */
  tint: string;
  /** The sector's background while selected. */
  selected: string;
}

// One hue per area, going round the colour wheel in the wheel's own order, all at the same lightness
// (OKLCH L 0.76 / 0.955 / 0.89), so none shouts louder than another.
export const AREA_COLOURS: Record<AreaId, AreaColours> = {
  safe: { colour: '#f49286', tint: '#fdeae7', selected: '#fbcdc6' },
  healthy: { colour: '#e79f5c', tint: '#fdede0', selected: '#f9d3b3' },
  achieving: { colour: '#c9b04f', tint: '#f5f0de', selected: '#e7dbae' },
  nurtured: { colour: '#7fc581', tint: '#e6f5e6', selected: '#c3e6c3' },
  active: { colour: '#31c8c9', tint: '#def6f5', selected: '#ade8e7' },
  respected: { colour: '#6bb9f8', tint: '#e4f2fe', selected: '#bde0fc' },
  responsible: { colour: '#b0a4f8', tint: '#efeefe', selected: '#d9d5fc' },
  included: { colour: '#e492c9', tint: '#fdeaf5', selected: '#f7cce7' },
};

/** The CSS custom property that holds a colour of COLOURS, e.g. `--brand-ink`. */
export function colourToken(name: keyof typeof COLOURS): string {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The CSS custom property of an area's colour, e.g. `--area-safe` or `--area-safe-tint`. */
export function areaToken(id: AreaId, which: keyof AreaColours): string {
  return which === 'colour' ? `--area-${id}` : `--area-${id}-${which}`;
}
