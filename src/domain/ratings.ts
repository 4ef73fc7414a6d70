import type { AreaEntry, Conversation } from './model';
import { AREA_IDS, PERSPECTIVES, isRating, type AreaId, type Perspective, type Rating } from './wheel';

/** Sets or clears (rating `null`) one perspective's rating, returning a new entry. */
export function setRating(entry: AreaEntry, perspective: Perspective, rating: Rating | null): AreaEntry {
  const ratings = { ...entry.ratings };
  if (rating === null) delete ratings[perspective];
  else if (isRating(rating)) ratings[perspective] = rating;
  else throw new RangeError('rating must be 1 to 5');
  return { ...entry, ratings };
}

export function hasNotes(entry: AreaEntry): boolean {
  return entry.goingWell.trim() !== '' || entry.worries.trim() !== '' || entry.nextSteps.trim() !== '';
}

export function ratedPerspectives(entry: AreaEntry): Perspective[] {
  return PERSPECTIVES.filter((p) => entry.ratings[p] !== undefined);
}

export function isAreaTouched(entry: AreaEntry): boolean {
  return ratedPerspectives(entry).length > 0 || hasNotes(entry);
}

/** How many areas have at least one rating. */
export function countRatedAreas(conversation: Pick<Conversation, 'entries'>): number {
  return AREA_IDS.filter((id: AreaId) => ratedPerspectives(conversation.entries[id]).length > 0).length;
}
