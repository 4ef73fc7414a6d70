// The app's one search index. With Web Workers (every browser the app supports) it lives in
// searchWorker.ts; without them (tests in jsdom), or if the worker fails, it is built in this thread on
// the first query.
import type { Child, Conversation } from '../../domain/model';
import { buildSearchIndex, search, type SearchHit, type SearchIndex } from '../../domain/search';
import { listAllConversations, listChildren } from '../../storage';
import { useLockStore } from '../lock/lockStore';
import type { FromWorker, ToWorker } from './searchProtocol';

export const SEARCH_LIMIT = 50;
/** Conversations per message to the worker: a few milliseconds of work each on the main thread. */
const CHUNK = 250;

interface Pending {
  text: string;
  limit: number;
  resolve: (hits: SearchHit[]) => void;
}

/** Same records as last time: ids and last changes of everything. Cheap next to rebuilding the index. */
function signatureOf(children: readonly Child[], conversations: readonly Conversation[]): string {
  const parts: string[] = [];
  for (const c of children) parts.push(c.id, c.updatedAt);
  parts.push('|');
  for (const c of conversations) parts.push(c.id, c.updatedAt);
  return parts.join(',');
}

class SearchEngine {
  private worker: Worker | undefined;
  private workerBroken = false;
  /** The latest records; indexed here only when there is no worker. */
  private data: { children: Child[]; conversations: Conversation[]; index?: SearchIndex } | undefined;
  private signature: string | undefined;
  private generation = 0;
  private loadedGeneration = 0;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private readyWaiters: Array<() => void> = [];

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.workerBroken || typeof Worker === 'undefined') return this.worker;
    try {
      this.worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
      this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.onMessage(event.data));
      this.worker.addEventListener('error', () => this.fallBack());
    } catch {
      this.workerBroken = true;
      this.worker = undefined;
    }
    return this.worker;
  }

  /** The worker is gone: answer everything from an index in this thread instead. */
  private fallBack() {
    this.workerBroken = true;
    this.worker?.terminate();
    this.worker = undefined;
    this.markLoaded(this.generation);
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.resolve(this.searchInline(p.text, p.limit));
  }

  private onMessage(message: FromWorker) {
    if (message.type === 'loaded') {
      this.markLoaded(message.generation);
    } else if (message.type === 'result') {
      this.pending.get(message.id)?.resolve(message.hits);
      this.pending.delete(message.id);
    } else {
      this.fallBack();
    }
  }

  private markLoaded(generation: number) {
    this.loadedGeneration = Math.max(this.loadedGeneration, generation);
    if (this.loadedGeneration !== this.generation) return;
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const w of waiters) w();
  }

  private searchInline(text: string, limit: number): SearchHit[] {
    if (!this.data) return [];
    this.data.index ??= buildSearchIndex(this.data.children, this.data.conversations);
    return search(this.data.index, text, limit);
  }

  /** Indexes these records (again, only when they changed since the last load). */
  load(children: Child[], conversations: Conversation[]): void {
    const signature = signatureOf(children, conversations);
    if (signature === this.signature) return;
    this.signature = signature;
    this.generation++;
    this.data = { children, conversations };
    const worker = this.ensureWorker();
    if (worker) void this.send(worker, this.generation, children, conversations);
    else this.markLoaded(this.generation);
  }

  /** Hands the records over a chunk at a time, yielding between chunks; a newer load stops an older one. */
  private async send(worker: Worker, generation: number, children: Child[], conversations: Conversation[]) {
    const post = (message: ToWorker) => worker.postMessage(message);
    post({ type: 'begin', generation });
    for (let start = 0; start < conversations.length; start += CHUNK) {
      if (generation !== this.generation || worker !== this.worker) return;
      post({ type: 'chunk', generation, conversations: JSON.stringify(conversations.slice(start, start + CHUNK)) });
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (generation !== this.generation || worker !== this.worker) return;
    post({ type: 'end', generation, children: JSON.stringify(children) });
  }

  /** True once the latest records are indexed (also before any load: there is nothing to wait for). */
  isReady(): boolean {
    return this.loadedGeneration === this.generation;
  }

  whenReady(): Promise<void> {
    if (this.isReady()) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Answers from the latest records: a query made while they are being indexed waits for them. */
  async query(text: string, limit = SEARCH_LIMIT): Promise<SearchHit[]> {
    await this.whenReady();
    const worker = this.worker;
    if (!worker) return this.searchInline(text, limit);
    const id = this.nextId++;
    const message: ToWorker = { type: 'query', id, text, limit };
    return new Promise((resolve) => {
      this.pending.set(id, { text, limit, resolve });
      worker.postMessage(message);
    });
  }

  /** Drops the index and every copy of the records (e.g. when the app locks). */
  forget(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.data = undefined;
    this.signature = undefined;
    this.loadedGeneration = this.generation;
    for (const p of this.pending.values()) p.resolve([]);
    this.pending.clear();
  }
}

let engine: SearchEngine | undefined;

export function searchEngine(): SearchEngine {
  engine ??= new SearchEngine();
  return engine;
}

/** Forgets the search index and its copy of the notes; the next search page builds it again. */
export function forgetSearchIndex(): void {
  engine?.forget();
}

// Locking forgets the key; the index holds the notes in clear, so it goes too.
useLockStore.subscribe((state) => {
  if (state.status === 'locked' || state.status === 'damaged') forgetSearchIndex();
});

/** Starts indexing before the results page opens (on focus of a search box), so the first query is quick. */
export function warmUpSearch(): void {
  void Promise.all([listChildren(), listAllConversations()]).then(
    ([children, conversations]) => searchEngine().load(children, conversations),
    () => undefined,
  );
}
