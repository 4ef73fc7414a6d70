import type { Perspective } from '../../domain/wheel';

/** Fill for each perspective: solid, hatched, dotted — readable without colour. */
export function patternId(prefix: string, perspective: Perspective): string {
  return `${prefix}-${perspective}`;
}

export function WheelPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={patternId(prefix, 'child')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="wheel-fill-child" />
      </pattern>
      <pattern id={patternId(prefix, 'guardian')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="wheel-fill-bg" />
        <rect width="3" height="6" className="wheel-fill-guardian" />
      </pattern>
      <pattern id={patternId(prefix, 'professional')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="wheel-fill-bg" />
        <circle cx="3" cy="3" r="1.8" className="wheel-fill-professional" />
      </pattern>
    </defs>
  );
}
