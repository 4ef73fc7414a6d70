// The eight area pictograms as plain data, drawn for Hjulet (CC BY 4.0, see docs/pictograms.md).
// No React and no DOM here, so one source feeds the React component, the SVG/PNG export and any
// static page. Each shape names a paint (a role), never a colour: renderers turn roles into colours
// (the app through CSS, with system colours in forced-colours mode; the export from the palette).
// Drawn on a 48 × 48 grid with 3-unit round lines: the outline alone carries the picture, so it reads
// without colour and at 32 px.
import type { AreaId } from '../../domain/wheel';

/**
 * - `body`: filled with the area's colour, outlined;
 * - `paper`: filled white, outlined;
 * - `line`: an outline only;
 * - `ink`: filled with the outline colour (eyes, drops), no outline;
 * - `shine`: a white highlight line on a body, no fill.
 */
export type PictogramPaint = 'body' | 'paper' | 'line' | 'ink' | 'shine';

export const PICTOGRAM_PAINTS: readonly PictogramPaint[] = ['body', 'paper', 'line', 'ink', 'shine'];

export type PictogramShape =
  | { tag: 'path'; paint: PictogramPaint; d: string }
  | { tag: 'circle'; paint: PictogramPaint; cx: number; cy: number; r: number }
  | { tag: 'ellipse'; paint: PictogramPaint; cx: number; cy: number; rx: number; ry: number };

export const PICTOGRAM_SIZE = 48;
export const PICTOGRAM_VIEWBOX = `0 0 ${PICTOGRAM_SIZE} ${PICTOGRAM_SIZE}`;
/** Outline width in grid units (at 32 px about 2 px). */
export const PICTOGRAM_STROKE = 3;

const path = (paint: PictogramPaint, d: string): PictogramShape => ({ tag: 'path', paint, d });
const circle = (paint: PictogramPaint, cx: number, cy: number, r: number): PictogramShape => ({ tag: 'circle', paint, cx, cy, r });

/** Shapes in drawing order (later ones on top). */
export const PICTOGRAMS: Record<AreaId, readonly PictogramShape[]> = {
  // Safe: a home whose roof shelters a grown-up and a child.
  safe: [
    path('paper', 'M9 21v22h30V21'),
    path('body', 'M3 22 24 5l21 17z'),
    circle('body', 18, 28, 4.5),
    path('body', 'M11 43v-3a7 7 0 0 1 14 0v3z'),
    circle('body', 31.5, 32, 3.5),
    path('body', 'M26 43v-1a5.5 5.5 0 0 1 11 0v1z'),
  ],
  // Healthy: an apple with a leaf.
  healthy: [
    path('body', 'M24 15c-5-4-17-3-17 10 0 9 6 18 12 18 2 0 3-1 5-1s3 1 5 1c6 0 12-9 12-18 0-13-12-14-17-10z'),
    path('line', 'M24 15c0-4 1-7 3-9'),
    path('paper', 'M27 11c2-5 8-6 11-4-2 4-7 5-11 4z'),
    path('shine', 'M13 22c0-3 2-5 4-5'),
  ],
  // Achieving: an open book, and a star for something learnt.
  achieving: [
    path('paper', 'M24 20c-5-3-12-3-19-1v21c7-2 14-2 19 1 5-3 12-3 19-1V19c-7-2-14-2-19 1z'),
    path('line', 'M24 20v21'),
    path('body', 'M24 3l2.9 5.9 6.5.9-4.7 4.6 1.1 6.5L24 17.8l-5.8 3.1 1.1-6.5-4.7-4.6 6.5-.9z'),
  ],
  // Nurtured: a warm bowl of food with a heart on it.
  nurtured: [
    path('line', 'M16 19c-2.5-2-2.5-4 0-6s2.5-4 0-6m8 12c-2.5-2-2.5-4 0-6s2.5-4 0-6m8 12c-2.5-2-2.5-4 0-6s2.5-4 0-6'),
    path('body', 'M5 22h38c0 11-8 20-19 20S5 33 5 22z'),
    path('paper', 'M24 37.5l-5.6-5.4a3.4 3.4 0 0 1 5.6-3.9 3.4 3.4 0 0 1 5.6 3.9z'),
  ],
  // Active: a football flying, with movement lines behind it.
  active: [
    path('line', 'M3 17h7M2 25h7M4 33h6'),
    circle('body', 29, 25, 15),
    path('line', 'M29 19.5V15m5.2 8.3 4.3-1.4m-6.3 7.5 2.7 3.7m-9.1-3.7-2.7 3.7m.7-9.8-4.3-1.4'),
    path(
      'ink',
      'M29 19.5l5.2 3.8-2 6.1h-6.4l-2-6.1zM29 15.5 25.3 13l-1.9-1.9a15 15 0 0 1 11.2 0L32.7 13zm9 6.6 1.2-4.3 1.3-2.4A15 15 0 0 1 44 26l-2.5-1.2zm-3.4 10.6 4.4-.2 2.7.4a15 15 0 0 1-9.1 6.7l.5-2.8zm-11.2 0 1.5 4.1.5 2.8a15 15 0 0 1-9.1-6.7l2.7-.4zm-3.4-10.6-3.5 2.7L14 26a15 15 0 0 1 3.5-10.6l1.3 2.4z',
    ),
  ],
  // Respected: a speech bubble: what you say is heard.
  respected: [
    path('body', 'M8 8h32a4 4 0 0 1 4 4v18a4 4 0 0 1-4 4H21l-9 8v-8H8a4 4 0 0 1-4-4V12a4 4 0 0 1 4-4z'),
    circle('ink', 15, 21, 3),
    circle('ink', 24, 21, 3),
    circle('ink', 33, 21, 3),
  ],
  // Responsible: a watering can looking after a little plant.
  responsible: [
    path('line', 'M15 21c-1-9-12-10-12.5 8'),
    path('body', 'M18 28 27.5 18.5l4 4L18 36z'),
    path('line', 'M26 16l8 8'),
    path('body', 'M3 24c0-2 1-3 3-3h11c2 0 3 1 3 3v15a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3z'),
    path('ink', 'M36.5 24.5c1.7 2.5 2.5 3.8 2.5 5a2.5 2.5 0 0 1-5 0c0-1.2.8-2.5 2.5-5z'),
    path('line', 'M38 45v-8'),
    path('body', 'M38 38c-1.5-4-5-5.5-8-4.5 1 3.5 4 5.5 8 4.5zm0 0c1.5-4 5-5.5 8-4.5-1 3.5-4 5.5-8 4.5z'),
  ],
  // Included: three children side by side, holding hands.
  included: [
    path('line', 'M10 31l6 4.5 6-4.5m4 0 6 4.5 6-4.5'),
    circle('body', 7, 17, 4),
    path('body', 'M3 43V28a4 4 0 0 1 8 0v15z'),
    circle('body', 24, 14, 4.5),
    path('body', 'M19.5 43V25.5a4.5 4.5 0 0 1 9 0V43z'),
    circle('body', 41, 17, 4),
    path('body', 'M37 43V28a4 4 0 0 1 8 0v15z'),
  ],
};
