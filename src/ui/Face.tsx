import type { Rating } from '../domain/wheel';

// Mouth curvature per rating: from a deep frown (1) to a broad smile (5).
const MOUTH_CURVE: Record<Rating, number> = { 1: -7, 2: -3.5, 3: 0, 4: 3.5, 5: 7 };

export function Face({ rating, size = 36 }: { rating: Rating | null; size?: number }) {
  const curve = rating ? MOUTH_CURVE[rating] : 0;
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false" className="face">
      <circle cx="20" cy="20" r="18" className="face-outline" />
      {rating ? (
        <>
          <circle cx="14" cy="16" r="2.2" className="face-feature" />
          <circle cx="26" cy="16" r="2.2" className="face-feature" />
          <path d={`M 12 ${27 - curve / 2} Q 20 ${27 + curve} 28 ${27 - curve / 2}`} className="face-mouth" />
        </>
      ) : (
        <path d="M 13 20 L 27 20" className="face-mouth" />
      )}
    </svg>
  );
}
