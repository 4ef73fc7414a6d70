// What each route shows: the shell's half of the route table (the other half, names and address
// patterns, is src/navigation/routes.ts). TypeScript requires an entry for every route name.
// Every page except the home screen is its own chunk, loaded on demand (all are precached, so this works
// offline too): the first load stays small on a cheap phone. The page a start opens at (a deep link, or
// #/wheel from the QR code on a poster) is loaded beside the texts and the lock state and is then drawn
// in the first render, with no extra round trip and no "Loading…" flash (that would shift the layout).
import type { ReactNode } from 'react';
import type { Route, RouteName, RouteOf } from '../navigation';
import { HomeView } from '../features/history/HomeView';

export interface PageEntry<K extends RouteName> {
  /** The page's chunk; left out for pages in the first load. */
  load?: () => Promise<unknown>;
  render(module: unknown, route: RouteOf<K>): ReactNode;
  /** The page is the whole screen: no header, navigation or footer around it (the child's turn). */
  bare?: boolean;
}

/** A page in a chunk of its own: `render` gets the loaded module. */
function lazy<K extends RouteName, M>(
  load: () => Promise<M>,
  render: (module: M, route: RouteOf<K>) => ReactNode,
  options: { bare?: boolean } = {},
): PageEntry<K> {
  return { load, render: (module, route) => render(module as M, route), ...options };
}

export const PAGES: { [K in RouteName]: PageEntry<K> } = {
  home: { render: () => <HomeView /> },
  child: lazy(
    () => import('../features/history/ChildPage'),
    (m, r) => <m.ChildPage childId={r.childId} />,
  ),
  conversation: lazy(
    () => import('../features/conversation/ConversationView'),
    (m, r) => <m.ConversationView conversationId={r.conversationId} areaId={r.areaId} />,
  ),
  childTurn: lazy(
    () => import('../features/childTurn/ChildTurnPage'),
    (m, r) => <m.ChildTurnPage conversationId={r.conversationId} lang={r.lang} lang2={r.lang2} />,
    { bare: true },
  ),
  summary: lazy(
    () => import('../features/export/SummaryPage'),
    (m, r) => <m.SummaryPage conversationId={r.conversationId} />,
  ),
  compare: lazy(
    () => import('../features/history/ComparePage'),
    (m, r) => <m.ComparePage childId={r.childId} from={r.from} to={r.to} />,
  ),
  plan: lazy(
    () => import('../features/plan/PlanPage'),
    (m, r) => <m.PlanPage childId={r.childId} />,
  ),
  search: lazy(
    () => import('../features/search/SearchPage'),
    (m) => <m.SearchPage />,
  ),
  wheel: lazy(
    () => import('../features/wheel/PublicWheelPage'),
    (m, r) => <m.PublicWheelPage lang={r.lang} />,
  ),
  settings: lazy(
    () => import('../features/settings/SettingsView'),
    (m) => <m.SettingsView />,
  ),
  recordings: lazy(
    () => import('../features/voice/RecordingsPage'),
    (m, r) => <m.RecordingsPage lang={r.lang} />,
  ),
  accessibility: lazy(
    () => import('../features/settings/AccessibilityStatement'),
    (m) => <m.AccessibilityStatement />,
  ),
  // The QR code library comes with this chunk only.
  poster: lazy(
    () => import('../features/poster/PosterPage'),
    (m, r) => <m.PosterPage lang={r.lang} lang2={r.lang2} />,
  ),
  guide: lazy(
    () => import('../features/guide/GuidePage'),
    (m) => <m.GuidePage />,
  ),
  privacy: lazy(
    () => import('../features/privacy/PrivacyPage'),
    (m) => <m.PrivacyPage />,
  ),
};

/** A promise that React's use() reads at once when it has already settled (status/value, as React expects). */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

const started = new Map<RouteName, Tracked<unknown>>();

/** The page's module, loading it on the first call; for React's use() inside <Suspense>. */
export function pageModule(name: RouteName): Tracked<unknown> | undefined {
  const load = PAGES[name].load;
  if (!load) return undefined;
  let promise = started.get(name);
  if (!promise) {
    // No module: the chunk is gone and the app is reloading into the new version (staleBuild.ts); the
    // page stays "Loading…" until then.
    const tracked: Tracked<unknown> = load().then((module) => module ?? new Promise<never>(() => undefined));
    tracked.status = 'pending';
    tracked.then(
      (value) => {
        tracked.status = 'fulfilled';
        tracked.value = value;
      },
      (reason: unknown) => {
        tracked.status = 'rejected';
        // Kept: the page's error boundary shows it and offers the reload (a retry here could loop).
        tracked.reason = reason;
      },
    );
    started.set(name, tracked);
    promise = tracked;
  }
  return promise;
}

/** Loads the chunk of the page for `route` (nothing for pages in the first load); never rejects. */
export async function preloadPage(route: Route): Promise<void> {
  // A failure shows up when the page itself is rendered.
  if (route.name !== 'notFound') await pageModule(route.name)?.catch(() => undefined);
}
