// The child's own answers in an area: a rating in the child perspective, or "I'd rather not say" (a pass,
// its own answer and not the same as not rated), and the child's own words. What the child's turn sets is
// marked `childTurn`, so the adult's record shows which answers the child gave on the device.
import { emptyAreaEntry, type AreaEntry, type Conversation, type Participation } from './model';
import { AREA_IDS, type AreaId, type Rating } from './wheel';

/** One answer of the child: a face of the scale, or the pass. */
export type ChildAnswer = Rating | 'pass';

/** The child's answer in an area, if any. */
export function childAnswerOf(entry: AreaEntry | undefined): ChildAnswer | undefined {
  if (!entry) return undefined;
  if (entry.ratings.child !== undefined) return entry.ratings.child;
  return entry.childPassed ? 'pass' : undefined;
}

function withAnswer(entry: AreaEntry, answer: ChildAnswer | null): AreaEntry {
  const ratings = { ...entry.ratings };
  const next: AreaEntry = { ...entry, ratings };
  delete ratings.child;
  delete next.childPassed;
  if (answer === 'pass') next.childPassed = true;
  else if (answer !== null) ratings.child = answer;
  return next;
}

/** What the child answered in the child's turn: a face replaces a pass and the other way round. */
export function answerInChildTurn(entry: AreaEntry, answer: ChildAnswer): AreaEntry {
  return { ...withAnswer(entry, answer), childTurn: true };
}

/** The child's own words typed in the child's turn; words emptied again leave the mark to the answer, if any. */
export function wordsInChildTurn(entry: AreaEntry, words: string): AreaEntry {
  const next: AreaEntry = { ...entry, childWords: words };
  if (words.trim() !== '') next.childTurn = true;
  else if (childAnswerOf(entry) === undefined) delete next.childTurn;
  return next;
}

/**
 * The adult sets the child's answer in the area panel (null: not rated). A changed answer is then the
 * adult's record of it, so the mark of the child's turn goes, unless the child's own words are still there.
 * The same answer again changes nothing.
 */
export function answerByAdult(entry: AreaEntry, answer: ChildAnswer | null): AreaEntry {
  if ((childAnswerOf(entry) ?? null) === answer) return entry;
  const next = withAnswer(entry, answer);
  if ((next.childWords ?? '').trim() === '') delete next.childTurn;
  return next;
}

/** Something of the child's own is in the area: an answer or own words. */
export function hasChildAnswer(entry: AreaEntry | undefined): boolean {
  return childAnswerOf(entry) !== undefined || (entry?.childWords ?? '').trim() !== '';
}

/**
 * The entries as the child's turn may hold them in its DOM: the child's rating, pass and own words only.
 * No professional note, no other perspective's rating.
 */
export function childOnlyEntries(entries: Record<AreaId, AreaEntry>): Record<AreaId, AreaEntry> {
  return Object.fromEntries(
    AREA_IDS.map((id) => {
      const entry = entries[id] ?? emptyAreaEntry();
      const own = emptyAreaEntry();
      if (entry.ratings.child !== undefined) own.ratings.child = entry.ratings.child;
      if (entry.childPassed) own.childPassed = true;
      if (entry.childWords) own.childWords = entry.childWords;
      return [id, own];
    }),
  ) as Record<AreaId, AreaEntry>;
}

/** The areas whose answer was given in the child's turn, in wheel order. */
export function areasAnsweredInChildTurn(conversation: Pick<Conversation, 'entries'>): AreaId[] {
  return AREA_IDS.filter((id) => conversation.entries[id]?.childTurn === true && hasChildAnswer(conversation.entries[id]));
}

/** The participation record with "the child's turn on the device" among the ways (added once, by the turn). */
export function withChildTurnWay(participation: Participation | undefined): Participation {
  const current = participation ?? { ways: [] };
  return current.ways.includes('childTurn') ? current : { ...current, ways: [...current.ways, 'childTurn'] };
}

/** The conversation after the child answered in an area in the child's turn (the turn becomes one of the ways). */
export function answerAreaInChildTurn(conversation: Conversation, areaId: AreaId, answer: ChildAnswer): Conversation {
  return {
    ...conversation,
    entries: { ...conversation.entries, [areaId]: answerInChildTurn(conversation.entries[areaId] ?? emptyAreaEntry(), answer) },
    participation: withChildTurnWay(conversation.participation),
  };
}

/** The conversation after the child typed own words in an area in the child's turn. */
export function wordsForAreaInChildTurn(conversation: Conversation, areaId: AreaId, words: string): Conversation {
  const entry = wordsInChildTurn(conversation.entries[areaId] ?? emptyAreaEntry(), words);
  const next: Conversation = { ...conversation, entries: { ...conversation.entries, [areaId]: entry } };
  if (words.trim() !== '') next.participation = withChildTurnWay(conversation.participation);
  return next;
}
