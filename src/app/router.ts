import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'child'; childId: string }
  | { name: 'conversation'; conversationId: string; areaId?: string }
  | { name: 'summary'; conversationId: string }
  | { name: 'compare'; childId: string; from?: string; to?: string }
  | { name: 'search' }
  | { name: 'wheel'; lang?: string }
  | { name: 'settings' }
  | { name: 'accessibility' }
  | { name: 'notFound' };

/** Parses a location hash like `#/conversation/abc?area=safe`. Ids never carry note text. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', queryString = ''] = raw.split('?');
  const query = new URLSearchParams(queryString);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  if (!first) return { name: 'home' };
  if (first === 'child' && second) return { name: 'child', childId: second };
  if (first === 'conversation' && second) {
    const areaId = query.get('area') ?? undefined;
    return areaId ? { name: 'conversation', conversationId: second, areaId } : { name: 'conversation', conversationId: second };
  }
  if (first === 'compare' && second) {
    const route: Extract<Route, { name: 'compare' }> = { name: 'compare', childId: second };
    const from = query.get('from');
    const to = query.get('to');
    if (from) route.from = from;
    if (to) route.to = to;
    return route;
  }
  // The search words stay in memory (searchStore), never in the address.
  if (first === 'search') return { name: 'search' };
  if (first === 'summary' && second) return { name: 'summary', conversationId: second };
  if (first === 'wheel') {
    const lang = query.get('lang') ?? undefined;
    return lang ? { name: 'wheel', lang } : { name: 'wheel' };
  }
  if (first === 'settings') return { name: 'settings' };
  if (first === 'accessibility') return { name: 'accessibility' };
  return { name: 'notFound' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'child':
      return `#/child/${encodeURIComponent(route.childId)}`;
    case 'conversation':
      return `#/conversation/${encodeURIComponent(route.conversationId)}${route.areaId ? `?area=${route.areaId}` : ''}`;
    case 'compare': {
      const query = new URLSearchParams();
      if (route.from) query.set('from', route.from);
      if (route.to) query.set('to', route.to);
      const qs = query.toString();
      return `#/compare/${encodeURIComponent(route.childId)}${qs ? `?${qs}` : ''}`;
    }
    case 'search':
      return '#/search';
    case 'summary':
      return `#/summary/${encodeURIComponent(route.conversationId)}`;
    case 'wheel':
      return `#/wheel${route.lang ? `?lang=${route.lang}` : ''}`;
    case 'settings':
      return '#/settings';
    case 'accessibility':
      return '#/accessibility';
    case 'notFound':
      return '#/';
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefFor(route);
  if (options.replace) history.replaceState(history.state, '', href);
  else history.pushState(history.state, '', href);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return parseHash(hash);
}
