// Offline search over aliases and every free-text field of conversations.
//
// Why this shape: the budget is ≤ 100 ms (p95) over 10 000 conversations on a phone. The index keeps each
// field's text normalised once (lowercase, Latin diacritics removed) and a vocabulary of its words with
// postings (word → fields containing it). A query scans only the vocabulary, which is far smaller than the
// text, marks the fields of matching words, and builds snippets for the few hits it returns.
import { compareConversations } from './changes';
import { NOTE_FIELDS, type Child, type Conversation, type NoteField } from './model';
import { AREA_IDS, type AreaId } from './wheel';

export type SearchField = 'alias' | NoteField | 'notes' | 'actionWhat' | 'actionWho';

export interface SearchHit {
  childId: string;
  conversationId?: string;
  /** Conversation date (yyyy-mm-dd), for showing and grouping hits. */
  date?: string;
  /** The area of an area note, or of an action tied to an area. */
  areaId?: AreaId;
  actionId?: string;
  field: SearchField;
  /** A short single-line excerpt of the field around the first match, "…" where cut. */
  snippet: string;
  /** Matched ranges in `snippet` (UTF-16 offsets, end exclusive), for highlighting. */
  highlights: Array<{ start: number; end: number }>;
}

interface SearchDoc {
  childId: string;
  /** Index of the child's alias document, or -1 when the child has none. */
  aliasDoc: number;
  conversationId?: string;
  date?: string;
  areaId?: AreaId;
  actionId?: string;
  field: SearchField;
  text: string;
}

export interface SearchIndex {
  readonly docs: readonly SearchDoc[];
  /** Distinct normalised words, and for each the ascending indexes of the docs that contain it. */
  readonly vocabulary: readonly string[];
  readonly postings: readonly (readonly number[])[];
}

/**
 * Lowercase, Latin diacritics removed (å ä ö é ê î û ç ş → a a o e e i u c s). Only the combining marks
 * of Latin script (U+0300–U+036F) go, so Arabic letters and their marks stay as they are.
 */
export function normaliseForSearch(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i');
}

const WORD_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function words(normalised: string): string[] {
  return normalised.split(WORD_SPLIT).filter((w) => w !== '');
}

/** Builds the index once; rebuild it (or build a new one) when data changes. */
export function buildSearchIndex(children: readonly Child[], conversations: readonly Conversation[]): SearchIndex {
  const docs: SearchDoc[] = [];
  const aliasDocOf = new Map<string, number>();
  // Alias docs first, then conversations newest first: doc order doubles as the tie-break ranking.
  for (const child of children) {
    if (child.alias.trim() === '') continue;
    aliasDocOf.set(child.id, docs.length);
    docs.push({ childId: child.id, aliasDoc: docs.length, field: 'alias', text: child.alias });
  }
  const known = new Set(children.map((c) => c.id));
  // Conversations of a child that no longer exists cannot be opened, so they are not searchable.
  const ordered = conversations.filter((c) => known.has(c.childId)).sort((a, b) => compareConversations(b, a));
  for (const c of ordered) {
    const base = { childId: c.childId, aliasDoc: aliasDocOf.get(c.childId) ?? -1, conversationId: c.id, date: c.date };
    const add = (field: SearchField, text: string | undefined, extra: Partial<SearchDoc> = {}) => {
      if (typeof text === 'string' && text.trim() !== '') docs.push({ ...base, ...extra, field, text });
    };
    for (const areaId of AREA_IDS) {
      const entry = c.entries[areaId];
      if (entry === undefined) continue;
      for (const field of NOTE_FIELDS) add(field, entry[field], { areaId });
    }
    add('notes', c.notes);
    for (const action of c.actions) {
      const extra: Partial<SearchDoc> = { actionId: action.id };
      if (action.areaId !== undefined) extra.areaId = action.areaId;
      add('actionWhat', action.what, extra);
      add('actionWho', action.who, extra);
    }
  }

  const slot = new Map<string, number>();
  const vocabulary: string[] = [];
  const postings: number[][] = [];
  docs.forEach((doc, d) => {
    for (const word of words(normaliseForSearch(doc.text))) {
      let s = slot.get(word);
      if (s === undefined) {
        s = vocabulary.length;
        slot.set(word, s);
        vocabulary.push(word);
        postings.push([]);
      }
      const list = postings[s] as number[];
      // Docs are visited in order, so checking the last entry is enough to keep postings distinct.
      if (list[list.length - 1] !== d) list.push(d);
    }
  });
  return { docs, vocabulary, postings };
}

// How well a field matched one query word: a word starting with it beats one merely containing it.
const CONTAINS = 1;
const STARTS = 2;

function markWord(index: SearchIndex, word: string): Uint8Array {
  const marks = new Uint8Array(index.docs.length);
  const { vocabulary, postings } = index;
  for (let s = 0; s < vocabulary.length; s++) {
    const token = vocabulary[s] as string;
    const level = token.startsWith(word) ? STARTS : token.includes(word) ? CONTAINS : 0;
    if (level === 0) continue;
    for (const d of postings[s] as number[]) if ((marks[d] as number) < level) marks[d] = level;
  }
  return marks;
}

/**
 * Fields matching every query word (AND), case- and diacritic-insensitive, each word matching the start or
 * inside of a word. Words found in the child's alias count for all of that child's fields, so "AB skola"
 * finds AB's notes about school; a field must still match at least one word itself.
 * Ranked by how well the field itself matched, then aliases first, then newest conversation first.
 */
export function search(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const queryWords = [...new Set(words(normaliseForSearch(query)))];
  if (queryWords.length === 0 || limit <= 0) return [];
  const marks = queryWords.map((w) => markWord(index, w));
  const maxScore = STARTS * queryWords.length;
  const buckets: number[][] = Array.from({ length: maxScore + 1 }, () => []);
  const { docs } = index;
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d] as SearchDoc;
    let score = 0;
    let own = 0;
    let ok = true;
    for (const m of marks) {
      const level = m[d] as number;
      if (level > 0) {
        own++;
        score += level;
      } else if (doc.aliasDoc < 0 || doc.aliasDoc === d || (m[doc.aliasDoc] as number) === 0) {
        ok = false;
        break;
      }
    }
    if (!ok || own === 0) continue;
    const bucket = buckets[score] as number[];
    if (bucket.length < limit) bucket.push(d);
  }
  const hits: SearchHit[] = [];
  for (let score = maxScore; score > 0 && hits.length < limit; score--) {
    for (const d of buckets[score] as number[]) {
      if (hits.length >= limit) break;
      hits.push(toHit(docs[d] as SearchDoc, queryWords));
    }
  }
  return hits;
}

function toHit(doc: SearchDoc, queryWords: readonly string[]): SearchHit {
  const hit: SearchHit = { childId: doc.childId, field: doc.field, ...makeSnippet(doc.text, queryWords) };
  if (doc.conversationId !== undefined) hit.conversationId = doc.conversationId;
  if (doc.date !== undefined) hit.date = doc.date;
  if (doc.areaId !== undefined) hit.areaId = doc.areaId;
  if (doc.actionId !== undefined) hit.actionId = doc.actionId;
  return hit;
}

const SNIPPET_LENGTH = 120;
const SNIPPET_BEFORE = 40;

interface Range {
  start: number;
  end: number;
}

/** Where the query words occur in `text`, in original offsets (normalised char by char to keep a map). */
function findRanges(text: string, queryWords: readonly string[]): Range[] {
  let norm = '';
  const origin: number[] = []; // norm offset → original offset of the char it came from
  const originEnd: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    const n = normaliseForSearch(ch);
    for (let k = 0; k < n.length; k++) {
      origin.push(i);
      originEnd.push(i + ch.length);
    }
    norm += n;
    i += ch.length;
  }
  const ranges: Range[] = [];
  for (const word of queryWords) {
    for (let at = norm.indexOf(word); at >= 0; at = norm.indexOf(word, at + 1)) {
      const start = origin[at] as number;
      let end = originEnd[at + word.length - 1] as number;
      // Keep separately typed combining marks with the letter they belong to.
      while (end < text.length && normaliseForSearch(text[end] as string) === '') end++;
      ranges.push({ start, end });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

function isWordStart(text: string, at: number): boolean {
  return at === 0 || !WORD_CHAR.test(text[at - 1] as string);
}

function makeSnippet(rawText: string, queryWords: readonly string[]): Pick<SearchHit, 'snippet' | 'highlights'> {
  const text = rawText.replace(/\s+/g, ' ').trim();
  const ranges = findRanges(text, queryWords);
  let from = 0;
  let to = text.length;
  if (text.length > SNIPPET_LENGTH) {
    // Centre on the first match at the start of a word, else the first match at all.
    const focus = ranges.find((r) => isWordStart(text, r.start)) ?? ranges[0];
    from = Math.max(0, Math.min((focus?.start ?? 0) - SNIPPET_BEFORE, text.length - SNIPPET_LENGTH));
    to = Math.min(text.length, from + SNIPPET_LENGTH);
    // Cut at spaces so no word is shown half, unless that would eat too much.
    if (from > 0) {
      const space = text.indexOf(' ', from);
      if (space >= 0 && space - from < 15 && space < (focus?.start ?? to)) from = space + 1;
    }
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from && to - space < 15 && space >= (focus?.end ?? from)) to = space;
    }
  }
  const prefix = from > 0 ? '…' : '';
  const snippet = prefix + text.slice(from, to) + (to < text.length ? '…' : '');
  const highlights = ranges
    .filter((r) => r.start >= from && r.end <= to)
    .map((r) => ({ start: r.start - from + prefix.length, end: r.end - from + prefix.length }));
  return { snippet, highlights };
}
