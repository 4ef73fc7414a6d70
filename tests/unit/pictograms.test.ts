// The area pictograms as data: one for every area, valid SVG geometry inside the 48 × 48 grid, outlined
// (so they read without colour), different from each other and small.
import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../src/domain/wheel';
import { AREA_COLOURS, COLOURS } from '../../src/ui/palette';
import { PICTOGRAM_ROOT_ATTRS, pictogramNodes } from '../../src/ui/pictograms/nodes';
import { PICTOGRAMS, PICTOGRAM_PAINTS, PICTOGRAM_SIZE, PICTOGRAM_STROKE, type PictogramShape } from '../../src/ui/pictograms/shapes';

type Point = { x: number; y: number };

const ARGS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

/**
 * Walks an SVG path and returns every point it names (ends and control points, absolute). Throws on
 * anything a browser would refuse: an unknown command, a missing number, a bad arc flag.
 */
function pathPoints(d: string): Point[] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  if (tokens.join('').length !== d.replace(/[\s,]/g, '').length) throw new Error(`unreadable characters in ${d}`);
  const points: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  let start: Point = at;
  let i = 0;
  let command = '';
  const number = () => {
    const token = tokens[i++];
    if (token === undefined || /[a-zA-Z]/.test(token)) throw new Error(`number expected in ${d}`);
    return Number(token);
  };
  if (!/^[Mm]$/.test(tokens[0] ?? '')) throw new Error(`a path starts with M: ${d}`);
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i] as string)) {
      command = tokens[i++] as string;
      if (!(command.toLowerCase() in ARGS)) throw new Error(`unknown command ${command} in ${d}`);
    } else if (command === '' || command.toLowerCase() === 'z') {
      throw new Error(`stray number in ${d}`);
    }
    const relative = command === command.toLowerCase();
    const lower = command.toLowerCase();
    const base = relative ? at : { x: 0, y: 0 };
    const pt = () => {
      const x = number();
      const y = number();
      return { x: base.x + x, y: base.y + y };
    };
    switch (lower) {
      case 'z':
        at = start;
        break;
      case 'h':
        at = { x: (relative ? at.x : 0) + number(), y: at.y };
        points.push(at);
        break;
      case 'v':
        at = { x: at.x, y: (relative ? at.y : 0) + number() };
        points.push(at);
        break;
      case 'a': {
        const rx = number();
        const ry = number();
        number();
        const flags = [number(), number()];
        if (rx < 0 || ry < 0 || flags.some((f) => f !== 0 && f !== 1)) throw new Error(`bad arc in ${d}`);
        at = pt();
        points.push(at);
        break;
      }
      default: {
        const pairs = ARGS[lower] as number;
        for (let k = 0; k < pairs / 2; k++) points.push(pt());
        at = points[points.length - 1] as Point;
        if (lower === 'm') {
          start = at;
          command = relative ? 'l' : 'L'; // numbers after a moveto are linetos
        }
      }
    }
  }
  return points;
}

function extent(shape: PictogramShape): Point[] {
  switch (shape.tag) {
    case 'path':
      return pathPoints(shape.d);
    case 'circle':
      return [
        { x: shape.cx - shape.r, y: shape.cy - shape.r },
        { x: shape.cx + shape.r, y: shape.cy + shape.r },
      ];
    case 'ellipse':
      return [
        { x: shape.cx - shape.rx, y: shape.cy - shape.ry },
        { x: shape.cx + shape.rx, y: shape.cy + shape.ry },
      ];
  }
}

describe('pictograms', () => {
  it('has exactly one pictogram for every area', () => {
    expect(Object.keys(PICTOGRAMS).sort()).toEqual([...AREA_IDS].sort());
    for (const id of AREA_IDS) expect(PICTOGRAMS[id].length).toBeGreaterThanOrEqual(2);
  });

  it('reads a path the way a browser does (the checker itself)', () => {
    expect(pathPoints('M1 2l3 4h5V7z')).toEqual([
      { x: 1, y: 2 },
      { x: 4, y: 6 },
      { x: 9, y: 6 },
      { x: 9, y: 7 },
    ]);
    expect(pathPoints('M10 10a2 2 0 0 1 4 0').at(-1)).toEqual({ x: 14, y: 10 });
    expect(() => pathPoints('L1 2')).toThrow();
    expect(() => pathPoints('M1 2 X3 4')).toThrow();
    expect(() => pathPoints('M1 2l3')).toThrow();
    expect(() => pathPoints('M0 0a2 2 0 2 1 4 0')).toThrow();
  });

  it.each(AREA_IDS)('draws %s with valid shapes inside the grid, outline included', (id) => {
    // Lines are drawn centred on the geometry: half a line width must still fit in the grid.
    const margin = PICTOGRAM_STROKE / 2;
    for (const shape of PICTOGRAMS[id]) {
      expect(PICTOGRAM_PAINTS).toContain(shape.paint);
      for (const p of extent(shape)) {
        expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        expect(p.x).toBeGreaterThanOrEqual(shape.paint === 'ink' ? 0 : margin - 0.01);
        expect(p.x).toBeLessThanOrEqual(PICTOGRAM_SIZE - (shape.paint === 'ink' ? 0 : margin - 0.01));
        expect(p.y).toBeGreaterThanOrEqual(shape.paint === 'ink' ? 0 : margin - 0.01);
        expect(p.y).toBeLessThanOrEqual(PICTOGRAM_SIZE - (shape.paint === 'ink' ? 0 : margin - 0.01));
      }
    }
  });

  it.each(AREA_IDS)('lets the outline carry %s without colour', (id) => {
    // Every filled shape is outlined, or is itself drawn in the outline colour.
    const shapes = PICTOGRAMS[id];
    expect(shapes.every((s) => s.paint !== 'shine' || shapes.some((o) => o.paint === 'body'))).toBe(true);
    const outlined = pictogramNodes(id).filter((n) => n.attrs.stroke === COLOURS.ink || n.attrs.fill === COLOURS.ink);
    expect(outlined.length).toBeGreaterThanOrEqual(shapes.filter((s) => s.paint !== 'shine').length);
  });

  it('draws eight different pictures', () => {
    expect(new Set(AREA_IDS.map((id) => JSON.stringify(PICTOGRAMS[id]))).size).toBe(AREA_IDS.length);
  });

  it.each(AREA_IDS)('paints %s in its own colour, white and ink when written out', (id) => {
    const fills = new Set(pictogramNodes(id).map((n) => n.attrs.fill));
    for (const fill of fills) expect(['none', AREA_COLOURS[id].colour, COLOURS.card, COLOURS.ink]).toContain(fill);
    if (PICTOGRAMS[id].some((s) => s.paint === 'body')) expect(fills).toContain(AREA_COLOURS[id].colour);
  });

  it.each(AREA_IDS)('keeps %s small (under 1 KB as a standalone file)', (id) => {
    const attrs = (a: Record<string, string | number>) =>
      Object.entries(a)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('');
    const body = pictogramNodes(id)
      .map((n) => `<${n.name}${attrs(n.attrs)}/>`)
      .join('');
    const file = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"${attrs(PICTOGRAM_ROOT_ATTRS)}>${body}</svg>`;
    expect(new TextEncoder().encode(file).length).toBeLessThan(1024);
  });
});
