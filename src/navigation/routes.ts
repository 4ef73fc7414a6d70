// The one table of the app's addresses. Each route has a name, a path pattern (`:param` for ids) and the
// query fields it carries; parsing, links and the Route type are all derived from it. What page each
// route shows (and which chunk it loads) is the shell's own table, src/app/pages.tsx, keyed by the same
// names, so adding a page is one line here and one entry there (docs/architecture.md, "Add a page").
// Addresses never carry note text: only ids, an area and a language.

interface RouteDef {
  readonly path: string;
  /** Route field → query parameter name. */
  readonly query?: Readonly<Record<string, string>>;
  /** Shows no child data: open while the app is locked, and the database is not needed to draw it. */
  readonly public?: true;
}

export const ROUTES = {
  home: { path: '/' },
  child: { path: '/child/:childId' },
  conversation: { path: '/conversation/:conversationId', query: { areaId: 'area' } },
  // The child's turn: the child holds the device; `lang` is the language it shows, `lang2` a second one beside it.
  childTurn: { path: '/child-turn/:conversationId', query: { lang: 'lang', lang2: 'lang2' } },
  summary: { path: '/summary/:conversationId' },
  compare: { path: '/compare/:childId', query: { from: 'from', to: 'to' } },
  // Barnets plan (issue 14): printable, built from the child's conversations.
  plan: { path: '/plan/:childId' },
  // The search words stay in memory (searchStore), never in the address.
  search: { path: '/search' },
  wheel: { path: '/wheel', query: { lang: 'lang' }, public: true },
  settings: { path: '/settings' },
  // Recorded voices and the choice of voice per language (issue 13): a page of its own, out of the settings chunk.
  recordings: { path: '/settings/recordings', query: { lang: 'lang' } },
  accessibility: { path: '/accessibility', public: true },
  // The poster and the parent-evening handout, in one or two languages.
  poster: { path: '/poster', query: { lang: 'lang', lang2: 'lang2' }, public: true },
  guide: { path: '/guide', public: true },
  privacy: { path: '/privacy', public: true },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof ROUTES;

type PathParams<P extends string> = P extends `${string}:${infer Param}/${infer Rest}`
  ? Param | PathParams<`/${Rest}`>
  : P extends `${string}:${infer Param}`
    ? Param
    : never;

type QueryFields<D> = D extends { query: infer Q } ? keyof Q & string : never;

type Flatten<T> = { [K in keyof T]: T[K] };

/** The route named K with its path parameters (required) and query fields (optional). */
export type RouteOf<K extends RouteName> = Flatten<
  { name: K } & { [P in PathParams<(typeof ROUTES)[K]['path']>]: string } & { [Q in QueryFields<(typeof ROUTES)[K]>]?: string }
>;

export type Route = { [K in RouteName]: RouteOf<K> }[RouteName] | { name: 'notFound' };

export const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[];

/** True for pages that show no child data (see RouteDef.public). */
export function isPublicRoute(route: Route): boolean {
  if (route.name === 'notFound') return false;
  const def: RouteDef = ROUTES[route.name];
  return def.public === true;
}
