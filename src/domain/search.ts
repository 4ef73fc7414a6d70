// Offline search over aliases and every free-text field of conversations (notes, the child's own words and
// hopes, actions).
//
// Why this shape: the budget is ≤ 100 ms (p95) over 10 000 conversations on a phone. Each field ("doc") is
// normalised and split into words once; the index keeps the vocabulary of distinct words, postings
// (word → docs) and each doc's word list. A query matches its words against the vocabulary only (far smaller
// than the text), then either walks the postings of its rarest word or, when every word is common, walks
// docs in rank order and stops as soon as it has `limit` best-possible hits. Snippets are made for hits only.
// Building is the slow part (seconds for 10 000 fully written conversations): do it once, off the UI path.
import { compareConversations } from './changes';
import { NOTE_FIELDS, type Child, type Conversation, type NoteField } from './model';
import { AREA_IDS, type AreaId } from './wheel';

export type SearchField = 'alias' | NoteField | 'childWords' | 'notes' | 'childHopes' | 'actionWhat' | 'actionWho';

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

/** What a hit points at; only read for the few docs returned. */
interface SearchDoc {
  childId: string;
  conversationId?: string;
  date?: string;
  areaId?: AreaId;
  actionId?: string;
  field: SearchField;
  text: string;
}

export interface SearchIndex {
  /** Alias docs first (one per child), then conversation fields newest first: the order is the tie-break rank. */
  readonly docs: readonly SearchDoc[];
  /** How many of the first docs are aliases. */
  readonly aliasCount: number;
  /** Per doc, its child's alias doc, or -1 when the child has none (an alias doc points at itself). */
  readonly aliasOf: Int32Array;
  /** Distinct normalised words of all docs. */
  readonly vocabulary: readonly string[];
  /** Per vocabulary word, the ascending doc numbers containing it (to find candidates for rare words). */
  readonly postings: readonly Int32Array[];
  /** Per doc, its distinct vocabulary words: docWords[docStart[d] .. docStart[d + 1]) (to check candidates). */
  readonly docWords: Int32Array;
  readonly docStart: Int32Array;
}

/**
 * Lowercase, Latin diacritics removed (å ä ö é ê î û ç ş → a a o e e i u c s). Only the combining marks
 * of Latin script (U+0300–U+036F) go, so Arabic letters and their marks stay as they are.
 */
export function normaliseForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i');
}

const WORDS = /[\p{L}\p{N}\p{M}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function words(normalised: string): string[] {
  return normalised.match(WORDS) ?? [];
}

function collectDocs(children: readonly Child[], conversations: readonly Conversation[]) {
  const docs: SearchDoc[] = [];
  const aliases: number[] = [];
  const aliasDocOf = new Map<string, number>();
  for (const child of children) {
    if (child.alias.trim() === '') continue;
    aliasDocOf.set(child.id, docs.length);
    aliases.push(docs.length);
    docs.push({ childId: child.id, field: 'alias', text: child.alias });
  }
  const aliasCount = docs.length;
  const known = new Set(children.map((c) => c.id));
  // Conversations of a child that no longer exists cannot be opened, so they are not searchable.
  const ordered = conversations.filter((c) => known.has(c.childId)).sort((a, b) => compareConversations(b, a));
  for (const c of ordered) {
    const aliasDoc = aliasDocOf.get(c.childId) ?? -1;
    const add = (field: SearchField, text: string | undefined, areaId?: AreaId, actionId?: string) => {
      if (typeof text !== 'string' || text.trim() === '') return;
      const doc: SearchDoc = { childId: c.childId, conversationId: c.id, date: c.date, field, text };
      if (areaId !== undefined) doc.areaId = areaId;
      if (actionId !== undefined) doc.actionId = actionId;
      aliases.push(aliasDoc);
      docs.push(doc);
    };
    for (const areaId of AREA_IDS) {
      const entry = c.entries[areaId];
      if (entry === undefined) continue;
      for (const field of NOTE_FIELDS) add(field, entry[field], areaId);
      add('childWords', entry.childWords, areaId);
    }
    add('notes', c.notes);
    add('childHopes', c.childHopes);
    for (const action of c.actions) {
      add('actionWhat', action.what, action.areaId, action.id);
      add('actionWho', action.who, action.areaId, action.id);
    }
  }
  return { docs, aliasCount, aliasOf: Int32Array.from(aliases) };
}

/** Builds the index once; build a new one when data changes. */
export function buildSearchIndex(children: readonly Child[], conversations: readonly Conversation[]): SearchIndex {
  const { docs, aliasCount, aliasOf } = collectDocs(children, conversations);
  const slot = new Map<string, number>();
  const vocabulary: string[] = [];
  const lists: number[][] = [];
  const docWords: number[] = [];
  const docStart = new Int32Array(docs.length + 1);
  docs.forEach((doc, d) => {
    docStart[d] = docWords.length;
    for (const word of words(normaliseForSearch(doc.text))) {
      let s = slot.get(word);
      if (s === undefined) {
        s = vocabulary.length;
        slot.set(word, s);
        vocabulary.push(word);
        lists.push([]);
      }
      const list = lists[s] as number[];
      // Docs are visited in order, so checking the last entry keeps both lists free of repeats.
      if (list[list.length - 1] !== d) {
        list.push(d);
        docWords.push(s);
      }
    }
  });
  docStart[docs.length] = docWords.length;
  const postings = lists.map((list) => Int32Array.from(list));
  return { docs, aliasCount, aliasOf, vocabulary, postings, docWords: Int32Array.from(docWords), docStart };
}

// How well a field matched one query word: a word starting with it beats one merely containing it.
const CONTAINS = 1;
const STARTS = 2;

interface QueryWord {
  /** Per vocabulary word: 0, CONTAINS or STARTS. */
  levels: Uint8Array;
  /** Best level any doc can reach, so the search can stop once enough best hits are found. */
  best: number;
  /** How many postings its matching vocabulary words have: a cost estimate for driving the search. */
  postingCount: number;
}

function matchVocabulary(index: SearchIndex, word: string): QueryWord {
  const { vocabulary, postings } = index;
  const levels = new Uint8Array(vocabulary.length);
  let best = 0;
  let postingCount = 0;
  for (let s = 0; s < vocabulary.length; s++) {
    const token = vocabulary[s] as string;
    const level = token.startsWith(word) ? STARTS : token.includes(word) ? CONTAINS : 0;
    if (level === 0) continue;
    levels[s] = level;
    if (level > best) best = level;
    postingCount += (postings[s] as Int32Array).length;
  }
  return { levels, best, postingCount };
}

function levelInDoc(index: SearchIndex, d: number, levels: Uint8Array): number {
  const { docWords, docStart } = index;
  let best = 0;
  for (let i = docStart[d] as number, end = docStart[d + 1] as number; i < end; i++) {
    const level = levels[docWords[i] as number] as number;
    if (level === STARTS) return STARTS;
    if (level > best) best = level;
  }
  return best;
}

/**
 * When some word is rare, only docs containing it (or whose child's alias contains it) can match: mark
 * those. When every word is common, return undefined and let the ranked scan stop early instead.
 */
function candidates(index: SearchIndex, queryWords: readonly QueryWord[]): Uint8Array | undefined {
  const driver = queryWords.reduce((a, b) => (b.postingCount < a.postingCount ? b : a));
  const n = index.docs.length;
  if (driver.postingCount > n / 8) return undefined;
  const marks = new Uint8Array(n);
  const aliasHit = new Uint8Array(index.aliasCount);
  index.postings.forEach((list, s) => {
    if (driver.levels[s] === 0) return;
    for (const d of list) {
      marks[d] = 1;
      if (d < index.aliasCount) aliasHit[d] = 1;
    }
  });
  for (let d = index.aliasCount; d < n; d++) {
    const a = index.aliasOf[d] as number;
    if (a >= 0 && aliasHit[a] === 1) marks[d] = 1;
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
  const texts = [...new Set(words(normaliseForSearch(query)))];
  if (texts.length === 0 || limit <= 0) return [];
  const queryWords = texts.map((w) => matchVocabulary(index, w));
  if (queryWords.some((w) => w.best === 0)) return [];

  // Per word, which aliases match it, so a child's fields can lean on the alias for that word.
  const aliasLevels = queryWords.map((w) => {
    const levels = new Uint8Array(index.aliasCount);
    for (let a = 0; a < index.aliasCount; a++) levels[a] = levelInDoc(index, a, w.levels);
    return levels;
  });
  const marks = candidates(index, queryWords);
  const topScore = queryWords.reduce((sum, w) => sum + w.best, 0);
  const buckets: number[][] = Array.from({ length: topScore + 1 }, () => []);
  const top = buckets[topScore] as number[];
  const { aliasOf, aliasCount } = index;

  for (let d = 0; d < index.docs.length && top.length < limit; d++) {
    if (marks !== undefined && marks[d] === 0) continue;
    const alias = d < aliasCount ? -1 : (aliasOf[d] as number);
    let score = 0;
    let own = 0;
    let ok = true;
    for (let i = 0; i < queryWords.length; i++) {
      const level = levelInDoc(index, d, (queryWords[i] as QueryWord).levels);
      if (level > 0) {
        own++;
        score += level;
      } else if (alias < 0 || (aliasLevels[i] as Uint8Array)[alias] === 0) {
        ok = false;
        break;
      }
    }
    if (!ok || own === 0) continue;
    const bucket = buckets[score] as number[];
    if (bucket.length < limit) bucket.push(d);
  }

  const hits: SearchHit[] = [];
  for (let score = topScore; score > 0 && hits.length < limit; score--) {
    for (const d of buckets[score] as number[]) {
      if (hits.length >= limit) break;
      hits.push(toHit(index.docs[d] as SearchDoc, texts));
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
  for (let i = 0; i < text.length;) {
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
