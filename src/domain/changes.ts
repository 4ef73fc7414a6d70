// Change over time: how a child's ratings moved between two conversations, and one area's series.
import type { AreaEntry, Conversation } from './model';
import { AREA_IDS, PERSPECTIVES, type AreaId, type Perspective, type Rating } from './wheel';

export type ChangeDirection = 'up' | 'down' | 'same' | 'new' | 'removed';

export interface RatingChange {
  areaId: AreaId;
  perspective: Perspective;
  before?: Rating;
  after?: Rating;
  direction: ChangeDirection;
}

/** One area's movement as a whole: `mixed` when one perspective went up and another down. */
export type AreaChangeDirection = ChangeDirection | 'mixed';

export interface AreaChange {
  areaId: AreaId;
  direction: AreaChangeDirection;
  changes: RatingChange[];
}

type WithEntries = Pick<Conversation, 'entries'>;

// Imported or older data may lack an area; treat it as unrated rather than crash.
function ratingOf(conversation: WithEntries, areaId: AreaId, perspective: Perspective): Rating | undefined {
  const entry: AreaEntry | undefined = conversation.entries[areaId];
  return entry?.ratings?.[perspective];
}

function directionOf(before: Rating | undefined, after: Rating | undefined): ChangeDirection {
  if (before === undefined) return 'new';
  if (after === undefined) return 'removed';
  if (after > before) return 'up';
  if (after < before) return 'down';
  return 'same';
}

/**
 * Every area × perspective rated in either conversation, in wheel order then perspective order.
 * Pairs rated in neither are left out, so an empty result means "nothing to compare".
 */
export function compareRatings(earlier: WithEntries, later: WithEntries): RatingChange[] {
  const result: RatingChange[] = [];
  for (const areaId of AREA_IDS) {
    for (const perspective of PERSPECTIVES) {
      const before = ratingOf(earlier, areaId, perspective);
      const after = ratingOf(later, areaId, perspective);
      if (before === undefined && after === undefined) continue;
      const change: RatingChange = { areaId, perspective, direction: directionOf(before, after) };
      if (before !== undefined) change.before = before;
      if (after !== undefined) change.after = after;
      result.push(change);
    }
  }
  return result;
}

/** Sums one area's perspective changes into a single direction for a badge or an overview. */
export function areaDirection(changes: readonly RatingChange[]): AreaChangeDirection {
  const compared = changes.filter((c) => c.before !== undefined && c.after !== undefined);
  if (compared.length === 0) {
    // Nothing to compare: either only new ratings or only dropped ones (new wins if both).
    return changes.some((c) => c.direction === 'new') ? 'new' : 'removed';
  }
  const up = compared.some((c) => c.direction === 'up');
  const down = compared.some((c) => c.direction === 'down');
  if (up && down) return 'mixed';
  if (up) return 'up';
  if (down) return 'down';
  return 'same';
}

/** Groups `compareRatings` output per area (wheel order), only areas with at least one change entry. */
export function summariseByArea(changes: readonly RatingChange[]): AreaChange[] {
  const result: AreaChange[] = [];
  for (const areaId of AREA_IDS) {
    const own = changes.filter((c) => c.areaId === areaId);
    if (own.length > 0) result.push({ areaId, direction: areaDirection(own), changes: own });
  }
  return result;
}

/** Chronological order: by the day held, then by when the record was made (two talks on one day). */
export function compareConversations(a: Pick<Conversation, 'date' | 'createdAt'>, b: Pick<Conversation, 'date' | 'createdAt'>): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return 0;
}

/** The same child's latest conversation strictly before `current`, or undefined if it is the first. */
export function previousConversation<C extends Conversation>(conversations: readonly C[], current: Conversation): C | undefined {
  let best: C | undefined;
  for (const c of conversations) {
    if (c.childId !== current.childId || c.id === current.id) continue;
    if (compareConversations(c, current) >= 0) continue;
    if (best === undefined || compareConversations(c, best) > 0) best = c;
  }
  return best;
}

export interface RatingPoint {
  conversationId: string;
  date: string;
  rating: Rating;
}

/**
 * One area's ratings from one perspective over time, oldest first, for a trend line.
 * Pass one child's conversations; conversations without that rating are left out.
 */
export function ratingSeries(conversations: readonly Conversation[], areaId: AreaId, perspective: Perspective): RatingPoint[] {
  return [...conversations].sort(compareConversations).flatMap((c) => {
    const rating = ratingOf(c, areaId, perspective);
    return rating === undefined ? [] : [{ conversationId: c.id, date: c.date, rating }];
  });
}
