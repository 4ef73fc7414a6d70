// Messages between the app and the search worker.
import type { Child, Conversation } from '../../domain/model';
import type { SearchHit } from '../../domain/search';

export type ToWorker =
  | { type: 'load'; generation: number; children: Child[]; conversations: Conversation[] }
  | { type: 'query'; id: number; text: string; limit: number };

export type FromWorker =
  | { type: 'loaded'; generation: number; ms: number }
  | { type: 'result'; id: number; hits: SearchHit[] }
  | { type: 'failed'; id?: number };
