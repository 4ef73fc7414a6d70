import { AREA_IDS, PERSPECTIVES, type AreaId, type Perspective } from '../../domain/wheel';

// One coordinate system for every wheel drawing (screen, print, SVG/PNG export).
export const SIZE = 440;
export const CENTRE = SIZE / 2;
export const HUB_RADIUS = 46;
export const RATING_RADIUS = 146;
export const OUTER_RADIUS = 214;
const SECTOR_DEGREES = 360 / AREA_IDS.length;
const GAP_DEGREES = 1.2;

export interface Point {
  x: number;
  y: number;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function polar(radius: number, degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  return { x: round(CENTRE + radius * Math.cos(radians)), y: round(CENTRE + radius * Math.sin(radians)) };
}

/**
 * Centre angle of an area (0° = east, clockwise positive). The first area sits at the top;
 * in right-to-left languages the wheel runs counter-clockwise so its order follows the reading direction.
 */
export function areaAngle(id: AreaId, rtl: boolean): number {
  const index = AREA_IDS.indexOf(id);
  return -90 + (rtl ? -1 : 1) * index * SECTOR_DEGREES;
}

/** An annular wedge between two radii and two angles, as an SVG path. */
export function wedgePath(innerRadius: number, outerRadius: number, fromDegrees: number, toDegrees: number): string {
  const a = polar(outerRadius, fromDegrees);
  const b = polar(outerRadius, toDegrees);
  const c = polar(innerRadius, toDegrees);
  const d = polar(innerRadius, fromDegrees);
  const large = toDegrees - fromDegrees > 180 ? 1 : 0;
  return [
    `M ${a.x} ${a.y}`,
    `A ${outerRadius} ${outerRadius} 0 ${large} 1 ${b.x} ${b.y}`,
    `L ${c.x} ${c.y}`,
    `A ${innerRadius} ${innerRadius} 0 ${large} 0 ${d.x} ${d.y}`,
    'Z',
  ].join(' ');
}

export function sectorPath(id: AreaId, rtl: boolean): string {
  const centre = areaAngle(id, rtl);
  return wedgePath(HUB_RADIUS, OUTER_RADIUS, centre - SECTOR_DEGREES / 2 + GAP_DEGREES / 2, centre + SECTOR_DEGREES / 2 - GAP_DEGREES / 2);
}

export function ratingRadius(rating: number): number {
  return HUB_RADIUS + ((RATING_RADIUS - HUB_RADIUS) * rating) / 5;
}

/** Each perspective gets its own slice of the sector, so several can be shown side by side. */
export function perspectiveWedge(id: AreaId, perspective: Perspective, rating: number, rtl: boolean, shown: readonly Perspective[] = PERSPECTIVES): string {
  const index = shown.indexOf(perspective);
  const count = shown.length;
  const centre = areaAngle(id, rtl);
  const usable = SECTOR_DEGREES - 4 * GAP_DEGREES;
  const width = usable / count;
  const start = centre - usable / 2 + index * width;
  return wedgePath(HUB_RADIUS + 2, ratingRadius(rating), start + 0.6, start + width - 0.6);
}

export function labelPoint(id: AreaId, rtl: boolean): Point {
  return polar((RATING_RADIUS + OUTER_RADIUS) / 2 + 2, areaAngle(id, rtl));
}

export function notesMarkerPoint(id: AreaId, rtl: boolean): Point {
  return polar(RATING_RADIUS + 8, areaAngle(id, rtl) + SECTOR_DEGREES / 2 - 6);
}

/** Splits a label into at most two lines that fit in the label band. */
export function labelLines(label: string): string[] {
  if (label.length <= 11 || !label.includes(' ')) return [label];
  const words = label.split(' ');
  let best: [string, string] = [label, ''];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const first = words.slice(0, i).join(' ');
    const second = words.slice(i).join(' ');
    const width = Math.max(first.length, second.length);
    if (width < bestWidth) {
      bestWidth = width;
      best = [first, second];
    }
  }
  return best;
}

export function labelFontSize(lines: string[]): number {
  const longest = Math.max(...lines.map((line) => line.length));
  return Math.max(8, Math.min(15, 104 / Math.max(1, longest * 0.58)));
}

/** Side of an area's pictogram on the wheel, in user units. */
export const WHEEL_PICTOGRAM_SIZE = 36;

/**
 * The child-sized wheel (the child's turn) has bigger pictures: as big as the label band allows, a little
 * smaller when the label takes two lines.
 */
export function childPictogramSize(lineCount: number): number {
  return lineCount > 1 ? 42 : 50;
}
const PICTOGRAM_GAP = 3;
/** Distance between the centres of two label lines, in em. */
const LINE_HEIGHT = 1.15;

export interface AreaMarkLayout {
  /** Top left corner of the pictogram's square. */
  pictogram: Point & { size: number };
  /** Centre of each label line (one <text> per line: WebKit misplaces <tspan x dy> in right-to-left text). */
  lines: Point[];
}

/**
 * The pictogram above the label, the pair centred in the area's label band: picture first, then the word,
 * the same way up in every area and direction.
 */
export function areaMarkLayout(id: AreaId, rtl: boolean, lineCount: number, fontSize: number, pictogramSize = WHEEL_PICTOGRAM_SIZE): AreaMarkLayout {
  const centre = labelPoint(id, rtl);
  const lineHeight = fontSize * LINE_HEIGHT;
  const height = pictogramSize + PICTOGRAM_GAP + lineCount * lineHeight;
  const top = centre.y - height / 2;
  const firstLine = top + pictogramSize + PICTOGRAM_GAP + lineHeight / 2;
  return {
    pictogram: { x: round(centre.x - pictogramSize / 2), y: round(top), size: pictogramSize },
    lines: Array.from({ length: lineCount }, (_, index) => ({ x: centre.x, y: round(firstLine + index * lineHeight) })),
  };
}

/** Room at the sides so long labels of the east and west areas are not cut off. */
export const LABEL_OVERFLOW = 44;
