import type { SVGProps } from 'react';
import type { AreaId } from '../../domain/wheel';
import { geometry } from './nodes';
import { PICTOGRAMS, PICTOGRAM_STROKE, PICTOGRAM_VIEWBOX } from './shapes';

export interface PictogramProps extends Omit<SVGProps<SVGSVGElement>, 'children' | 'viewBox'> {
  area: AreaId;
  /** Width and height (CSS length or user units inside another SVG); CSS may size it instead. */
  size?: number | string;
}

/**
 * An area's picture. Always decoration beside the area's label (aria-hidden): the accessible name stays
 * the label. Colours come from CSS (`.pictogram-<area>`, `.pg-<paint>` in src/ui/styles.css), so forced
 * colours and print can restyle it; inside the wheel's SVG it nests as an <svg> with x and y.
 */
export function Pictogram({ area, size, className, ...rest }: PictogramProps) {
  return (
    <svg
      viewBox={PICTOGRAM_VIEWBOX}
      width={size}
      height={size}
      data-pictogram={area}
      aria-hidden="true"
      focusable="false"
      className={`pictogram pictogram-${area}${className ? ` ${className}` : ''}`}
      strokeWidth={PICTOGRAM_STROKE}
      strokeLinecap="round"
      strokeLinejoin="round"
      {...rest}
    >
      {PICTOGRAMS[area].map((shape, index) => {
        const Shape = shape.tag;
        // Shapes never move or change: the index is a stable key.
        return <Shape key={index} {...geometry(shape)} className={`pg-${shape.paint}`} />;
      })}
    </svg>
  );
}
