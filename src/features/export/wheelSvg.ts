// Serialises a wheel scene into a standalone SVG file (the image export, and the source of the PNG).
// Pure string building: every text goes through escapeXml, so an alias like `<img onerror=…>` stays text.
// Colours are written out (no CSS variables exist outside the app), from the palette the stylesheet
// also uses (src/ui/palette.ts).
import type { AreaId, Perspective } from '../../domain/wheel';
import { AREA_COLOURS, COLOURS } from '../../ui/palette';
import { PICTOGRAM_ROOT_ATTRS, pictogramNodes } from '../../ui/pictograms/nodes';
import { PICTOGRAM_VIEWBOX } from '../../ui/pictograms/shapes';
import type { WheelScene } from '../../ui/wheel/WheelDrawing';

export const PALETTE = {
  paper: COLOURS.card,
  ink: COLOURS.ink,
  line: COLOURS.line,
  child: COLOURS.child,
  guardian: COLOURS.guardian,
  professional: COLOURS.professional,
  notes: COLOURS.accent,
  hub: COLOURS.brand,
  hubInk: COLOURS.brandInk,
} as const;

/** A font carried inside the file, so labels look the same in any viewer and when drawn to a canvas. */
export interface EmbeddedFont {
  family: string;
  weight: 400 | 700;
  /** data:font/woff2;base64,… */
  dataUrl: string;
  unicodeRange?: string;
}

export type LegendItem = { kind: 'perspective'; perspective: Perspective; label: string } | { kind: 'notes'; label: string };

export interface WheelImageInput {
  scene: WheelScene;
  /** BCP 47 language of the texts. */
  lang: string;
  rtl: boolean;
  title: string;
  /** One line under the title, e.g. alias and date. User text is welcome here: it is escaped. */
  caption: string;
  legend: readonly LegendItem[];
  fonts?: readonly EmbeddedFont[];
}

export interface WheelImage {
  svg: string;
  width: number;
  height: number;
}

// Characters XML 1.0 forbids (most C0 controls, U+FFFE/FFFF) and unpaired surrogates: dropped, or the file would not parse.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute, read back exactly as given. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(INVALID_XML, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // As character references they survive XML's line-end and attribute-value normalisation unchanged.
      .replace(/\r/g, '&#13;')
      .replace(/\n/g, '&#10;')
      .replace(/\t/g, '&#9;')
  );
}

type Attrs = Record<string, string | number | undefined>;

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function el(name: string, values: Attrs, children?: string): string {
  return children === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${children}</${name}>`;
}

const PATTERN_PREFIX = 'hjulet';
const patternUrl = (p: Perspective) => `url(#${PATTERN_PREFIX}-${p})`;

function patterns(): string {
  return [
    el(
      'pattern',
      { id: `${PATTERN_PREFIX}-child`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
      el('rect', { width: 6, height: 6, fill: PALETTE.child }),
    ),
    el(
      'pattern',
      { id: `${PATTERN_PREFIX}-guardian`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el('rect', { width: 6, height: 6, fill: PALETTE.paper }) + el('rect', { width: 3, height: 6, fill: PALETTE.guardian }),
    ),
    el(
      'pattern',
      { id: `${PATTERN_PREFIX}-professional`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
      el('rect', { width: 6, height: 6, fill: PALETTE.paper }) + el('circle', { cx: 3, cy: 3, r: 1.8, fill: PALETTE.professional }),
    ),
  ].join('');
}

function fontFaces(fonts: readonly EmbeddedFont[]): string {
  if (fonts.length === 0) return '';
  const rules = fonts.map((f) => {
    // Family names and ranges come from our own code, data URLs are base64: no character here can end the rule.
    const range = f.unicodeRange ? `unicode-range:${f.unicodeRange};` : '';
    return `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-style:normal;src:url(${f.dataUrl}) format('woff2');${range}}`;
  });
  return el('style', { type: 'text/css' }, escapeXml(rules.join('')));
}

function fontFamily(rtl: boolean): string {
  return rtl ? "'Noto Sans Arabic', 'Noto Sans', sans-serif" : "'Noto Sans', 'Noto Sans Arabic', sans-serif";
}

function pictogramShapes(id: AreaId): string {
  return pictogramNodes(id)
    .map((node) => el(node.name, node.attrs))
    .join('');
}

/** The area's pictogram as a nested <svg> at its place on the wheel, decoration like on screen. */
function pictogram(id: AreaId, box: { x: number; y: number; size: number }): string {
  return el(
    'svg',
    { x: box.x, y: box.y, width: box.size, height: box.size, viewBox: PICTOGRAM_VIEWBOX, 'data-pictogram': id, 'aria-hidden': 'true', ...PICTOGRAM_ROOT_ATTRS },
    pictogramShapes(id),
  );
}

/** Says whose the pictures are and how they may be used (docs/pictograms.md). */
export const PICTOGRAM_LICENCE = 'Hjulet pictograms, by the Hjulet project, licensed CC BY 4.0 (creativecommons.org/licenses/by/4.0)';

/** One pictogram as a file of its own, `size` px square (for print: scripts/pictograms.mjs). */
export function pictogramSvgFile(id: AreaId, size = 48): string {
  return (
    `<!-- ${PICTOGRAM_LICENCE} -->\n` +
    el(
      'svg',
      { xmlns: 'http://www.w3.org/2000/svg', width: size, height: size, viewBox: PICTOGRAM_VIEWBOX, 'data-pictogram': id, ...PICTOGRAM_ROOT_ATTRS },
      pictogramShapes(id),
    ) +
    '\n'
  );
}

function wheel(scene: WheelScene): string {
  const { centre } = scene;
  const parts: string[] = [];
  for (const r of scene.guides) {
    parts.push(el('circle', { cx: centre.x, cy: centre.y, r, fill: 'none', stroke: PALETTE.line, 'stroke-width': 1, 'stroke-dasharray': '2 3' }));
  }
  for (const area of scene.areas) {
    const inner: string[] = [el('path', { d: area.sector, fill: AREA_COLOURS[area.id].tint, stroke: PALETTE.paper, 'stroke-width': 2 })];
    for (const w of area.ratings) inner.push(el('path', { d: w.d, fill: patternUrl(w.perspective), stroke: PALETTE.ink, 'stroke-width': 0.8 }));
    for (const w of area.earlier) {
      inner.push(el('path', { d: w.d, fill: 'none', stroke: PALETTE.ink, 'stroke-width': 2, 'stroke-dasharray': '4 2' }));
    }
    inner.push(pictogram(area.id, area.pictogram));
    const { label } = area;
    for (const line of label.lines) {
      inner.push(
        el(
          'text',
          {
            x: line.x,
            y: line.y,
            'font-size': label.fontSize.toFixed(2),
            'font-weight': 700,
            fill: PALETTE.ink,
            // A halo in the sector's colour, as on screen: readable where a full rating reaches under it.
            stroke: AREA_COLOURS[area.id].tint,
            'stroke-width': 3,
            'stroke-linejoin': 'round',
            'paint-order': 'stroke fill',
            'text-anchor': 'middle',
            'dominant-baseline': 'central',
          },
          escapeXml(line.text),
        ),
      );
    }
    if (area.notesMarker) {
      inner.push(el('circle', { cx: area.notesMarker.x, cy: area.notesMarker.y, r: 5, fill: PALETTE.notes, stroke: PALETTE.paper, 'stroke-width': 1.5 }));
    }
    parts.push(el('g', { 'data-area': area.id }, inner.join('')));
  }
  parts.push(el('circle', { cx: centre.x, cy: centre.y, r: centre.radius, fill: PALETTE.hub }));
  parts.push(
    el(
      'text',
      { x: centre.x, y: centre.y, 'font-size': 13, 'font-weight': 700, fill: PALETTE.hubInk, 'text-anchor': 'middle', 'dominant-baseline': 'central' },
      escapeXml(centre.label),
    ),
  );
  return parts.join('');
}

const MARGIN = 16;
const HEADER = 64;
const LEGEND_GAP = 16;
const LEGEND_ROW = 20;

function legend(items: readonly LegendItem[], y: number, width: number, rtl: boolean): string {
  if (items.length === 0) return '';
  const cell = (width - 2 * MARGIN) / items.length;
  return items
    .map((item, index) => {
      // Right to left: the first item sits at the right edge, its text to the left of the swatch. Under
      // direction="rtl", text-anchor "start" is the text's right edge, so "start" is right in both directions.
      const start = rtl ? width - MARGIN - (index + 1) * cell : MARGIN + index * cell;
      const swatchX = rtl ? start + cell - 4 - 14 : start + 4;
      const textX = rtl ? swatchX - 6 : swatchX + 14 + 6;
      const swatch =
        item.kind === 'notes'
          ? el('circle', { cx: swatchX + 7, cy: y, r: 5, fill: PALETTE.notes, stroke: PALETTE.paper, 'stroke-width': 1.5 })
          : el('rect', { x: swatchX, y: y - 7, width: 14, height: 14, fill: patternUrl(item.perspective), stroke: PALETTE.ink, 'stroke-width': 1 });
      const text = el(
        'text',
        { x: textX, y, 'font-size': 12, fill: PALETTE.ink, 'text-anchor': 'start', 'dominant-baseline': 'central' },
        escapeXml(item.label),
      );
      return swatch + text;
    })
    .join('');
}

/** The whole picture: title and caption, the wheel with ratings, and a legend of the fills. */
export function wheelSvgDocument(input: WheelImageInput): WheelImage {
  const { scene, rtl } = input;
  const width = scene.box.width + 2 * MARGIN;
  const wheelTop = HEADER;
  const legendY = wheelTop + scene.box.height + LEGEND_GAP + LEGEND_ROW / 2;
  const height = Math.ceil(legendY + LEGEND_ROW / 2 + MARGIN);
  const title = escapeXml(input.title);
  const caption = escapeXml(input.caption);
  const body = [
    el('title', { id: 'hjulet-title' }, caption ? `${title} – ${caption}` : title),
    el('defs', {}, patterns() + fontFaces(input.fonts ?? [])),
    el('rect', { width, height, fill: PALETTE.paper }),
    el('text', { x: width / 2, y: 30, 'font-size': 18, 'font-weight': 700, fill: PALETTE.ink, 'text-anchor': 'middle' }, title),
    el('text', { x: width / 2, y: 52, 'font-size': 13, fill: PALETTE.ink, 'text-anchor': 'middle' }, caption),
    el('g', { transform: `translate(${MARGIN - scene.box.x} ${wheelTop - scene.box.y})` }, wheel(scene)),
    legend(input.legend, legendY, width, rtl),
  ].join('');
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': 'hjulet-title',
        lang: input.lang,
        'xml:lang': input.lang,
        direction: rtl ? 'rtl' : 'ltr',
        'font-family': fontFamily(rtl),
      },
      body,
    ) +
    '\n';
  return { svg, width, height };
}
