// Pictogram shapes as SVG element names and attributes, for any renderer: the React component takes
// the geometry and paints by class (CSS colours); string renderers take explicit colours from here.
import type { AreaId } from '../../domain/wheel';
import { AREA_COLOURS, COLOURS } from '../palette';
import { PICTOGRAMS, PICTOGRAM_STROKE, type PictogramPaint, type PictogramShape } from './shapes';

export type Attributes = Record<string, string | number>;

export interface PictogramNode {
  name: PictogramShape['tag'];
  attrs: Attributes;
}

/** Line style shared by every shape; set once on the pictogram's root element. */
export const PICTOGRAM_ROOT_ATTRS = {
  'stroke-width': PICTOGRAM_STROKE,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

/** The shape's own geometry attributes (no paint). */
export function geometry(shape: PictogramShape): Attributes {
  switch (shape.tag) {
    case 'path':
      return { d: shape.d };
    case 'circle':
      return { cx: shape.cx, cy: shape.cy, r: shape.r };
    case 'ellipse':
      return { cx: shape.cx, cy: shape.cy, rx: shape.rx, ry: shape.ry };
  }
}

export interface PaintColours {
  /** Fill of `body` shapes: the area's colour. */
  body: string;
  /** Fill of `paper` shapes and the colour of `shine` lines. */
  paper: string;
  /** Outlines and `ink` shapes. */
  ink: string;
}

/** Fill and stroke of one paint role, with explicit colours. */
export function paintAttributes(paint: PictogramPaint, colours: PaintColours): Attributes {
  switch (paint) {
    case 'body':
      return { fill: colours.body, stroke: colours.ink };
    case 'paper':
      return { fill: colours.paper, stroke: colours.ink };
    case 'line':
      return { fill: 'none', stroke: colours.ink };
    case 'ink':
      return { fill: colours.ink, stroke: 'none' };
    case 'shine':
      return { fill: 'none', stroke: colours.paper };
  }
}

/** The palette's colours for an area's pictogram on paper. */
export function areaPaint(id: AreaId): PaintColours {
  return { body: AREA_COLOURS[id].colour, paper: COLOURS.card, ink: COLOURS.ink };
}

/** Every element of an area's pictogram, painted with explicit colours (standalone SVG files). */
export function pictogramNodes(id: AreaId, colours: PaintColours = areaPaint(id)): PictogramNode[] {
  return PICTOGRAMS[id].map((shape) => ({ name: shape.tag, attrs: { ...geometry(shape), ...paintAttributes(shape.paint, colours) } }));
}
