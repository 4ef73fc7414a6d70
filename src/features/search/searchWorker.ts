// Builds the search index and answers queries off the main thread, so building it (seconds for thousands
// of conversations) never blocks typing. Messages are handled in order: a query sent after a load is
// answered from the new index. Nothing is logged: the data is children's notes.
import { buildSearchIndex, search, type SearchIndex } from '../../domain/search';
import type { FromWorker, ToWorker } from './searchProtocol';

let index: SearchIndex | undefined;

function reply(message: FromWorker) {
  (self as unknown as Worker).postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    const started = performance.now();
    try {
      index = buildSearchIndex(message.children, message.conversations);
      reply({ type: 'loaded', generation: message.generation, ms: performance.now() - started });
    } catch {
      index = undefined;
      reply({ type: 'failed' });
    }
  } else if (message.type === 'query') {
    try {
      reply({ type: 'result', id: message.id, hits: index ? search(index, message.text, message.limit) : [] });
    } catch {
      reply({ type: 'failed', id: message.id });
    }
  }
});
