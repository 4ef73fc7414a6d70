// The one drawing of the wheel. `wheelScene` turns ratings and labels into plain shapes (pure, no DOM);
// `WheelDrawing` renders a scene as SVG for the screen and the print view, and the image export
// (src/features/export/wheelSvg.ts) serialises the same scene to a standalone file.
import { Fragment, memo, type Ref, type SVGProps } from 'react';
import type { AreaEntry } from '../../domain/model';
import { hasNotes } from '../../domain/ratings';
import { AREA_IDS, PERSPECTIVES, type AreaId, type Perspective } from '../../domain/wheel';
import { Pictogram } from '../pictograms/Pictogram';
import {
  CENTRE,
  HUB_RADIUS,
  LABEL_OVERFLOW,
  SIZE,
  areaMarkLayout,
  childPictogramSize,
  labelFontSize,
  labelLines,
  notesMarkerPoint,
  perspectiveWedge,
  ratingRadius,
  sectorPath,
  type Point,
} from './geometry';
import { WheelPatterns, patternId } from './WheelPatterns';

export interface WheelSceneInput {
  /** Visible label of each area, already in the display language. */
  labels: Record<AreaId, string>;
  /** Text in the hub (the child at the centre). */
  centre: string;
  entries?: Record<AreaId, AreaEntry>;
  /** An earlier conversation's ratings, drawn as dashed outlines. */
  earlierEntries?: Record<AreaId, AreaEntry>;
  perspectives?: readonly Perspective[];
  /** Right-to-left languages run the wheel counter-clockwise. */
  rtl: boolean;
  /** Child-sized: bigger pictures (the child's turn). */
  childSized?: boolean;
}

export interface SceneWedge {
  perspective: Perspective;
  d: string;
}

export interface SceneLabel {
  fontSize: number;
  /** One or two lines, each centred on its point. */
  lines: Array<Point & { text: string }>;
}

export interface SceneArea {
  id: AreaId;
  sector: string;
  ratings: SceneWedge[];
  earlier: SceneWedge[];
  /** Where the area's pictogram goes: top left corner and side. */
  pictogram: Point & { size: number };
  label: SceneLabel;
  notesMarker?: Point;
}

export interface WheelScene {
  /** The drawing's box in user units: x from -LABEL_OVERFLOW, so side labels are never cut off. */
  box: { x: number; y: number; width: number; height: number };
  centre: Point & { radius: number; label: string };
  guides: number[];
  areas: SceneArea[];
}

function wedges(id: AreaId, entry: AreaEntry | undefined, shown: readonly Perspective[], rtl: boolean): SceneWedge[] {
  return shown.flatMap((perspective) => {
    const rating = entry?.ratings?.[perspective];
    return rating ? [{ perspective, d: perspectiveWedge(id, perspective, rating, rtl, shown) }] : [];
  });
}

export function wheelScene({ labels, centre, entries, earlierEntries, perspectives = PERSPECTIVES, rtl, childSized = false }: WheelSceneInput): WheelScene {
  return {
    box: { x: -LABEL_OVERFLOW, y: 0, width: SIZE + 2 * LABEL_OVERFLOW, height: SIZE },
    centre: { x: CENTRE, y: CENTRE, radius: HUB_RADIUS, label: centre },
    guides: [1, 2, 3, 4, 5].map(ratingRadius),
    areas: AREA_IDS.map((id) => {
      const entry = entries?.[id];
      const lines = labelLines(labels[id]);
      const fontSize = labelFontSize(lines);
      const layout = childSized
        ? areaMarkLayout(id, rtl, lines.length, fontSize, childPictogramSize(lines.length))
        : areaMarkLayout(id, rtl, lines.length, fontSize);
      const area: SceneArea = {
        id,
        sector: sectorPath(id, rtl),
        ratings: wedges(id, entry, perspectives, rtl),
        earlier: wedges(id, earlierEntries?.[id], perspectives, rtl),
        pictogram: layout.pictogram,
        label: { fontSize, lines: lines.map((text, index) => ({ text, ...(layout.lines[index] as Point) })) },
      };
      if (entry && hasNotes(entry)) area.notesMarker = notesMarkerPoint(id, rtl);
      return area;
    }),
  };
}

export type AreaProps = SVGProps<SVGGElement> & { ref?: Ref<SVGGElement> };

export interface WheelDrawingProps {
  scene: WheelScene;
  /** Unique per drawing on a page: pattern ids must not collide. */
  prefix: string;
  svgProps?: SVGProps<SVGSVGElement>;
  /** Extra attributes per area group (the interactive wheel adds role, focus and handlers here). */
  areaProps?: (id: AreaId) => AreaProps;
}

/**
 * What an area draws inside its group: the same scene area draws the same marks, so selecting another area
 * (which changes only the groups' attributes) re-renders none of them (issue 19: area selection).
 */
const AreaMarks = memo(function AreaMarks({ area, prefix }: { area: SceneArea; prefix: string }) {
  return (
    <>
      <path d={area.sector} className="wheel-sector" />
      {area.ratings.map((w) => (
        <path key={w.perspective} d={w.d} fill={`url(#${patternId(prefix, w.perspective)})`} className={`wheel-rating wheel-rating-${w.perspective}`} />
      ))}
      {area.earlier.map((w) => (
        <path key={`earlier-${w.perspective}`} d={w.d} className="wheel-earlier" />
      ))}
      <Pictogram area={area.id} x={area.pictogram.x} y={area.pictogram.y} size={area.pictogram.size} className="wheel-pictogram" />
      {area.label.lines.map((line, index) => (
        <Fragment key={`${line.y}`}>
          {/* One <text> per line (WebKit scrambles <tspan x dy> lines of Arabic). The space between them
              is what the line break took: the area's text reads "Caafimaad qaba", not "Caafimaadqaba",
              so an accessible name that contains the label contains what is shown (WCAG 2.5.3). */}
          {index > 0 ? ' ' : null}
          <text x={line.x} y={line.y} fontSize={area.label.fontSize} className="wheel-label" textAnchor="middle" dominantBaseline="central" aria-hidden="true">
            {line.text}
          </text>
        </Fragment>
      ))}
      {area.notesMarker ? <circle cx={area.notesMarker.x} cy={area.notesMarker.y} r="5" className="wheel-notes-marker" aria-hidden="true" /> : null}
    </>
  );
});

export function WheelDrawing({ scene, prefix, svgProps, areaProps }: WheelDrawingProps) {
  const { box, centre } = scene;
  return (
    <svg viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} {...svgProps}>
      <WheelPatterns prefix={prefix} />
      {scene.guides.map((r) => (
        <circle key={r} cx={centre.x} cy={centre.y} r={r} className="wheel-guide" />
      ))}
      {scene.areas.map((area) => (
        <g key={area.id} data-area={area.id} className={`wheel-drawing-area wheel-area-${area.id}`} {...areaProps?.(area.id)}>
          <AreaMarks area={area} prefix={prefix} />
        </g>
      ))}
      <circle cx={centre.x} cy={centre.y} r={centre.radius} className="wheel-hub" aria-hidden="true" />
      <text x={centre.x} y={centre.y} className="wheel-hub-label" textAnchor="middle" dominantBaseline="central" aria-hidden="true">
        {centre.label}
      </text>
    </svg>
  );
}
