// Are the wheel's labels drawn with their lines in the right order? Read from the pixels, not the DOM:
// in WebKitGTK the SVG text API (getExtentOfChar) reports every glyph where it should be while the screen
// shows the two lines of an Arabic label swapped, with a letter moved to the other line. So each label is
// cut out of a screenshot and split into its lines where the ink is thinnest; each line's ink profile (ink
// per pixel column, which follows the letters from one end to the other) is compared with the same line as
// Chromium draws it, allowing a few pixels of shift and stretch. A line must look like its own line in
// Chromium, and more like it than like any other line of the label.
import type { EnginePage } from './driver';
import { decodePng, type Image } from './png';

/** Same text drawn by two engines scores 0.99–1.0 here; a line of other text (or swapped lines) 0.9 or less. */
export const MIN_LIKENESS = 0.95;
/** How far (CSS px) and how much wider or narrower (±5 %) a line may be drawn than in Chromium. */
const MAX_SHIFT = 4;
const SCALES = [0.95, 0.96, 0.97, 0.98, 0.99, 1, 1.01, 1.02, 1.03, 1.04, 1.05];

export interface LineInk {
  /** Ink per pixel column across the line (darkness summed over its rows), lightly blurred. */
  profile: number[];
}

export interface LabelInk {
  area: string;
  /** The label's lines as the DOM has them, top to bottom. */
  lines: string[];
  /** Each line's ink, undefined for a line with none. */
  ink: Array<LineInk | undefined>;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const darkness = (luma: number) => Math.max(0, (200 - luma) / 200);

function rowInk(image: Image, box: Box, y: number): number {
  let sum = 0;
  for (let x = box.x; x < box.x + box.width; x++) sum += darkness(image.luma[y * image.width + x] ?? 255);
  return sum;
}

/** The rows from the first to the last with ink in them (the label's own, all else is hidden). */
function inkRows(image: Image, box: Box): Box | undefined {
  let top = -1;
  let bottom = -1;
  for (let y = box.y; y < box.y + box.height; y++) {
    let dark = false;
    for (let x = box.x; x < box.x + box.width && !dark; x++) dark = (image.luma[y * image.width + x] ?? 255) < 128;
    if (dark) {
      if (top < 0) top = y;
      bottom = y;
    }
  }
  return top < 0 ? undefined : { x: box.x, y: top, width: box.width, height: bottom - top + 1 };
}

/** Splits the label's ink into `count` lines at the rows with the least ink near the even split points. */
function bands(image: Image, crop: Box, count: number): Box[] {
  const box = inkRows(image, crop);
  if (!box) return Array.from({ length: count }, () => ({ ...crop, height: 0 }));
  const cuts = [box.y];
  for (let k = 1; k < count; k++) {
    const target = box.y + Math.round((k * box.height) / count);
    const reach = Math.max(1, Math.floor(box.height / (4 * count)));
    let best = target;
    for (let y = target - reach; y <= target + reach; y++) if (rowInk(image, box, y) < rowInk(image, box, best)) best = y;
    cuts.push(best);
  }
  cuts.push(box.y + box.height);
  return cuts.slice(0, -1).map((top, i) => ({ x: box.x, y: top, width: box.width, height: (cuts[i + 1] ?? top) - top }));
}

function lineInk(image: Image, band: Box): LineInk | undefined {
  const columns: number[] = [];
  let dark = false;
  for (let x = band.x; x < band.x + band.width; x++) {
    let sum = 0;
    for (let y = band.y; y < band.y + band.height; y++) {
      const luma = image.luma[y * image.width + x] ?? 255;
      if (luma < 128) dark = true;
      sum += darkness(luma);
    }
    columns.push(sum);
  }
  if (!dark) return undefined;
  const kernel = [1, 2, 3, 2, 1];
  const profile = columns.map((_, x) => kernel.reduce((sum, k, j) => sum + k * (columns[x + j - 2] ?? 0), 0) / 9);
  return { profile };
}

function resample(profile: number[], factor: number): number[] {
  const length = Math.max(1, Math.round(profile.length * factor));
  return Array.from({ length }, (_, i) => {
    const t = (i + 0.5) / factor - 0.5;
    const i0 = Math.floor(t);
    const w = t - i0;
    return (profile[i0] ?? 0) * (1 - w) + (profile[i0 + 1] ?? 0) * w;
  });
}

/** Pearson correlation of `a` centred on `b` and moved by `shift` columns, both padded with empty columns. */
function correlationAt(a: number[], b: number[], shift: number): number {
  const pad = a.length + MAX_SHIFT;
  const n = b.length + 2 * pad;
  const start = pad + Math.floor((b.length - a.length) / 2) + shift;
  const at = (i: number) => a[i - start] ?? 0;
  const bt = (i: number) => b[i - pad] ?? 0;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < n; i++) {
    sa += at(i);
    sb += bt(i);
  }
  const ma = sa / n;
  const mb = sb / n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    const da = at(i) - ma;
    const db = bt(i) - mb;
    ab += da * db;
    aa += da * da;
    bb += db * db;
  }
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

/** How alike two lines look, 1 at best: the best correlation over small moves and stretches. */
export function likeness(line: LineInk, reference: LineInk): number {
  let best = -1;
  for (const scale of SCALES) {
    const scaled = resample(line.profile, scale);
    for (let shift = -MAX_SHIFT; shift <= MAX_SHIFT; shift++) best = Math.max(best, correlationAt(scaled, reference.profile, shift));
  }
  return best;
}

/**
 * Screenshot of the wheel in view with only the labels' text painted (sectors, outlines and anything else in
 * the drawing hidden, so no other ink is near a label), every label cut into its lines.
 */
export async function readLabelInk(page: EnginePage): Promise<LabelInk[]> {
  const layout = await page.evaluate(async () => {
    document.querySelector('[data-testid="wheel"] svg')?.scrollIntoView({ block: 'center' });
    (document.activeElement as HTMLElement | null)?.blur?.();
    // Through the CSSOM: the app's CSP refuses an injected <style>.
    for (const element of document.querySelectorAll('[data-testid="wheel"] svg *:not(text):not(tspan):not(g)')) {
      (element as SVGElement).style.setProperty('visibility', 'hidden', 'important');
      element.setAttribute('data-e2e-hidden', '');
    }
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const areas = Array.from(document.querySelectorAll('[data-testid="wheel"] [data-area]')).map((area) => {
      // A line is an element holding text of its own (a <text>, or a <tspan> inside one).
      const lines = Array.from(area.querySelectorAll('text, tspan')).filter((el) =>
        Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
      );
      const rects = lines.map((el) => el.getBoundingClientRect());
      const x = Math.min(...rects.map((r) => r.left));
      const y = Math.min(...rects.map((r) => r.top));
      return {
        area: area.getAttribute('data-area') ?? '',
        lines: lines.map((el) => el.textContent ?? ''),
        box: { x, y, width: Math.max(...rects.map((r) => r.right)) - x, height: Math.max(...rects.map((r) => r.bottom)) - y },
      };
    });
    return { areas, innerWidth };
  });
  let image: Image;
  try {
    image = decodePng(await page.screenshot());
  } finally {
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('[data-e2e-hidden]')) {
        (element as SVGElement).style.removeProperty('visibility');
        element.removeAttribute('data-e2e-hidden');
      }
    });
  }
  const scale = image.width / layout.innerWidth;
  return layout.areas.map(({ area, lines, box }) => {
    // Engines place a <text>'s box differently around its glyphs (WebKit's is taller and lower): look
    // around it generously; the labels are far apart and nothing else is painted.
    const padX = 8;
    const padY = box.height / 2;
    const x = Math.max(0, Math.floor((box.x - padX) * scale));
    const y = Math.max(0, Math.floor((box.y - padY) * scale));
    const crop: Box = {
      x,
      y,
      width: Math.min(image.width - x, Math.ceil((box.width + 2 * padX) * scale)),
      height: Math.min(image.height - y, Math.ceil((box.height + 2 * padY) * scale)),
    };
    return { area, lines, ink: bands(image, crop, Math.max(1, lines.length)).map((band) => lineInk(image, band)) };
  });
}

/** What is wrong with `actual`'s labels compared with the `reference` (Chromium); empty when nothing. */
export function labelProblems(reference: LabelInk[], actual: LabelInk[]): string[] {
  const problems: string[] = [];
  for (const ref of reference) {
    const got = actual.find((a) => a.area === ref.area);
    const name = `${ref.area} "${ref.lines.join(' / ')}"`;
    if (!got) {
      problems.push(`${name}: not drawn`);
      continue;
    }
    if (got.lines.join('\n') !== ref.lines.join('\n')) problems.push(`${name}: lines in the DOM are "${got.lines.join(' / ')}"`);
    ref.ink.forEach((refLine, i) => {
      const line = got.ink[i];
      if (!refLine || !line) {
        problems.push(`${name}: line ${i + 1} has no ink`);
        return;
      }
      const own = likeness(line, refLine);
      if (own < MIN_LIKENESS) problems.push(`${name}: line ${i + 1} does not look like Chromium's (likeness ${own.toFixed(2)} < ${MIN_LIKENESS})`);
      ref.ink.forEach((other, j) => {
        if (j === i || !other) return;
        const swapped = likeness(line, other);
        if (swapped >= own)
          problems.push(`${name}: line ${i + 1} looks like Chromium's line ${j + 1} (${swapped.toFixed(2)} ≥ ${own.toFixed(2)}): lines out of order`);
      });
    });
  }
  return problems;
}
