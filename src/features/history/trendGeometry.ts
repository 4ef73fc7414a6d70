// Where a trend chart puts its points: conversations evenly spaced left to right (oldest first, mirrored
// in RTL), ratings 1–5 bottom to top. Pure numbers, so they can be tested without a DOM.
import type { Perspective } from '../../domain/wheel';

export const TREND_WIDTH = 260;
export const TREND_HEIGHT = 120;
export const TREND_LEFT = 24;
export const TREND_RIGHT = 12;
export const TREND_TOP = 10;
export const TREND_BOTTOM = 10;

/** x of the conversation at `index` of `count`; a single conversation sits in the middle. */
export function trendX(index: number, count: number, rtl = false): number {
  const plot = TREND_WIDTH - TREND_LEFT - TREND_RIGHT;
  const x = count <= 1 ? TREND_LEFT + plot / 2 : TREND_LEFT + (index * plot) / (count - 1);
  // The axis labels stay on the left in both directions; only time runs the other way in RTL.
  return rtl ? TREND_LEFT + TREND_WIDTH - TREND_RIGHT - x : x;
}

export function trendY(rating: number): number {
  const plot = TREND_HEIGHT - TREND_TOP - TREND_BOTTOM;
  return TREND_TOP + ((5 - rating) * plot) / 4;
}

/** Line style per perspective: told apart by dashes and marker shape, not only by colour. */
export const TREND_DASH: Record<Perspective, string | undefined> = {
  child: undefined,
  guardian: '6 3',
  professional: '1.5 3',
};

/** A marker centred on (x, y): circle for the child, square for the guardian, triangle for the professional. */
export function markerPath(perspective: Perspective, x: number, y: number): string {
  const r = 4;
  switch (perspective) {
    case 'child':
      return `M ${x - r} ${y} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case 'guardian':
      return `M ${x - r} ${y - r} H ${x + r} V ${y + r} H ${x - r} Z`;
    case 'professional':
      return `M ${x} ${y - r - 1} L ${x + r + 1} ${y + r} H ${x - r - 1} Z`;
  }
}
