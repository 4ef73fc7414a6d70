// Messages between the app and the search worker. Records travel as JSON text in chunks: one big
// structured clone of thousands of conversations would hold the main thread for hundreds of milliseconds,
// while a chunk at a time lets typing go on in between.
import type { SearchHit } from '../../domain/search';

export type ToWorker =
  /** A new set of records starts; chunks of an older generation still arriving are dropped. */
  | { type: 'begin'; generation: number }
  /** JSON of Conversation[] (part of the set). */
  | { type: 'chunk'; generation: number; conversations: string }
  /** JSON of Child[]; the index is built from everything of this generation and replaces the old one. */
  | { type: 'end'; generation: number; children: string }
  | { type: 'query'; id: number; text: string; limit: number };

export type FromWorker =
  { type: 'loaded'; generation: number; ms: number } | { type: 'result'; id: number; hits: SearchHit[] } | { type: 'failed'; id?: number };
