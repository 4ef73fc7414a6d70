import { useSyncExternalStore } from 'react';
import { heldHash } from './hold';
import { ROUTES, ROUTE_NAMES, type Route, type RouteName } from './routes';

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

const COMPILED = ROUTE_NAMES.map((name) => {
  const def: { path: string; query?: Readonly<Record<string, string>> } = ROUTES[name];
  return { name, parts: segments(def.path), query: def.query ?? {} };
});

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** Parses a location hash like `#/conversation/abc?area=safe`; anything else is `notFound`. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const cut = raw.indexOf('?');
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const query = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  const parts = segments(path);
  for (const route of COMPILED) {
    if (route.parts.length !== parts.length) continue;
    const out: Record<string, string> = { name: route.name };
    const matches = route.parts.every((pattern, index) => {
      const part = safeDecode(parts[index] as string);
      if (part === undefined || part === '') return false;
      if (pattern.startsWith(':')) {
        out[pattern.slice(1)] = part;
        return true;
      }
      return pattern === part;
    });
    if (!matches) continue;
    for (const [field, param] of Object.entries(route.query)) {
      const value = query.get(param);
      if (value) out[field] = value;
    }
    return out as unknown as Route;
  }
  return { name: 'notFound' };
}

/** The link for a route, e.g. `#/child/abc`. */
export function hrefFor(route: Route): string {
  if (route.name === 'notFound') return '#/';
  const def: { path: string; query?: Readonly<Record<string, string>> } = ROUTES[route.name as RouteName];
  const fields = route as unknown as Record<string, string | undefined>;
  const path = segments(def.path)
    .map((part) => (part.startsWith(':') ? encodeURIComponent(fields[part.slice(1)] ?? '') : part))
    .join('/');
  const query = new URLSearchParams();
  for (const [field, param] of Object.entries(def.query ?? {})) {
    const value = fields[field];
    if (value) query.set(param, value);
  }
  const qs = query.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
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

/** The current route; re-renders on every change of the address's hash (a held address wins: hold.ts). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => heldHash() ?? window.location.hash,
    () => '',
  );
  return parseHash(hash);
}
