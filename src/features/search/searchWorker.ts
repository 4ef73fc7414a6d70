// Builds the search index and answers queries off the main thread, so building it (seconds for thousands
// of conversations) never blocks typing. Messages are handled in order; until a new set of records is
// complete, queries are answered from the previous index. Nothing is logged: the data is children's notes.
import type { Child, Conversation } from '../../domain/model';
import { buildSearchIndex, search, type SearchIndex } from '../../domain/search';
import type { FromWorker, ToWorker } from './searchProtocol';

let index: SearchIndex | undefined;
let incoming: { generation: number; conversations: Conversation[] } | undefined;

function reply(message: FromWorker) {
  (self as unknown as Worker).postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    switch (message.type) {
      case 'begin':
        incoming = { generation: message.generation, conversations: [] };
        break;
      case 'chunk':
        if (incoming?.generation === message.generation) incoming.conversations.push(...(JSON.parse(message.conversations) as Conversation[]));
        break;
      case 'end': {
        if (incoming?.generation !== message.generation) break;
        const started = performance.now();
        index = buildSearchIndex(JSON.parse(message.children) as Child[], incoming.conversations);
        incoming = undefined;
        reply({ type: 'loaded', generation: message.generation, ms: performance.now() - started });
        break;
      }
      case 'query':
        reply({ type: 'result', id: message.id, hits: index ? search(index, message.text, message.limit) : [] });
        break;
    }
  } catch {
    reply(message.type === 'query' ? { type: 'failed', id: message.id } : { type: 'failed' });
  }
});
