// The wheel's structure is data: ids and order live here, every text lives in locales/<lng>/wheel.json.
export const AREA_IDS = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'] as const;

export type AreaId = (typeof AREA_IDS)[number];

export const PERSPECTIVES = ['child', 'guardian', 'professional'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The area after `id` in clockwise order, wrapping around; `step` may be negative. */
export function stepArea(id: AreaId, step: number): AreaId {
  const n = AREA_IDS.length;
  const index = AREA_IDS.indexOf(id);
  return AREA_IDS[(((index + step) % n) + n) % n] as AreaId;
}
