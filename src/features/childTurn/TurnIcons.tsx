// The child's turn's own small pictures: decoration beside words that say the same (aria-hidden).

/** "I'd rather not say": a face with its mouth zipped shut, the same size and style as the scale's faces. */
export function PassFace({ size = 64 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false" className="face face-pass">
      <circle cx="20" cy="20" r="18" className="face-outline" />
      <circle cx="14" cy="16" r="2.2" className="face-feature" />
      <circle cx="26" cy="16" r="2.2" className="face-feature" />
      <path d="M 12 27 L 28 27" className="face-mouth" />
      <path d="M 15 25 L 15 29 M 18.5 25 L 18.5 29 M 22 25 L 22 29 M 25.5 25 L 25.5 29" className="face-zip" />
    </svg>
  );
}

/** A star: my hopes. */
export function StarIcon({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 28 28" aria-hidden="true" focusable="false" className="turn-icon turn-icon-star">
      <path d="M14 3 L17.2 10.2 L25 11 L19.1 16.2 L20.8 24 L14 20 L7.2 24 L8.9 16.2 L3 11 L10.8 10.2 Z" className="turn-icon-fill" />
    </svg>
  );
}
