// Every page except the home screen is its own chunk, loaded on demand (all are precached, so this works
// offline too): the first load stays small on a cheap phone. The page a start opens at (a deep link, or
// #/wheel from the QR code on a poster) is loaded beside the texts and the lock state and is then drawn
// in the first render, with no extra round trip and no "Loading…" flash (that would shift the layout).
import type { Route } from './router';

const loaders = {
  child: () => import('../features/history/ChildPage'),
  conversation: () => import('../features/conversation/ConversationView'),
  compare: () => import('../features/history/ComparePage'),
  search: () => import('../features/search/SearchPage'),
  summary: () => import('../features/export/SummaryPage'),
  wheel: () => import('../features/wheel/PublicWheelPage'),
  settings: () => import('../features/settings/SettingsView'),
  accessibility: () => import('../features/settings/AccessibilityStatement'),
};

export type ChunkedPage = keyof typeof loaders;
export type ModuleOf<K extends ChunkedPage> = Awaited<ReturnType<(typeof loaders)[K]>>;

/** A promise that React's use() reads at once when it has already settled (status/value, as React expects). */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

const started = new Map<ChunkedPage, Tracked<unknown>>();

/** The page's module, loading it on the first call; for React's use() inside <Suspense>. */
export function pageModule<K extends ChunkedPage>(name: K): Promise<ModuleOf<K>> {
  let promise = started.get(name) as Tracked<ModuleOf<K>> | undefined;
  if (!promise) {
    const tracked: Tracked<ModuleOf<K>> = loaders[name]() as Tracked<ModuleOf<K>>;
    tracked.status = 'pending';
    tracked.then(
      (value) => {
        tracked.status = 'fulfilled';
        tracked.value = value;
      },
      (reason: unknown) => {
        tracked.status = 'rejected';
        tracked.reason = reason;
      },
    );
    started.set(name, tracked as Tracked<unknown>);
    promise = tracked;
  }
  return promise;
}

function isChunkedPage(name: Route['name']): name is ChunkedPage {
  return name in loaders;
}

/** Loads the chunk of the page for `route` (resolves at once for the home screen); never rejects. */
export async function preloadPage(route: Route): Promise<void> {
  // A failure shows up when the page itself is rendered.
  if (isChunkedPage(route.name)) await pageModule(route.name).catch(() => undefined);
}
