import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, type Route } from '../../src/navigation';
import { ROUTES, ROUTE_NAMES } from '../../src/navigation/routes';
import { PAGES } from '../../src/app/pages';

describe('the route table', () => {
  it('parses every route and builds it back', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'child', childId: 'a b/ü' },
      { name: 'conversation', conversationId: 'x1', areaId: 'safe' },
      { name: 'conversation', conversationId: 'x1' },
      { name: 'childTurn', conversationId: 'x1', lang: 'so', lang2: 'sv' },
      { name: 'childTurn', conversationId: 'x1' },
      { name: 'summary', conversationId: 'c-2' },
      { name: 'compare', childId: 'k', from: 'a', to: 'b' },
      { name: 'compare', childId: 'k' },
      { name: 'plan', childId: 'k' },
      { name: 'search' },
      { name: 'wheel', lang: 'so' },
      { name: 'wheel' },
      { name: 'settings' },
      { name: 'recordings', lang: 'so' },
      { name: 'recordings' },
      { name: 'accessibility' },
      { name: 'poster', lang: 'ar', lang2: 'sv' },
      { name: 'poster' },
      { name: 'guide' },
      { name: 'privacy' },
    ];
    for (const route of routes) expect(parseHash(hrefFor(route))).toEqual(route);
    // Every route of the table is in this list, so a new route gets its round trip here too.
    expect(new Set(routes.map((r) => r.name))).toEqual(new Set(ROUTE_NAMES));
  });

  it('has a page for every route, and only for routes', () => {
    expect(Object.keys(PAGES).sort()).toEqual([...ROUTE_NAMES].sort());
  });

  it('builds the addresses the app has always used', () => {
    expect(hrefFor({ name: 'home' })).toBe('#/');
    expect(hrefFor({ name: 'conversation', conversationId: 'x', areaId: 'safe' })).toBe('#/conversation/x?area=safe');
    expect(hrefFor({ name: 'wheel', lang: 'ar' })).toBe('#/wheel?lang=ar');
    expect(hrefFor({ name: 'child', childId: 'a b' })).toBe('#/child/a%20b');
    expect(hrefFor({ name: 'notFound' })).toBe('#/');
    expect(ROUTES.wheel.path).toBe('/wheel');
    // The addresses of the second round's pages (a contract: posters and guides point at them).
    expect(hrefFor({ name: 'poster', lang: 'so', lang2: 'sv' })).toBe('#/poster?lang=so&lang2=sv');
    expect(hrefFor({ name: 'guide' })).toBe('#/guide');
    expect(hrefFor({ name: 'privacy' })).toBe('#/privacy');
  });

  it('treats an empty hash as home and unknown or malformed paths as not found', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
    expect(parseHash('#/nope')).toEqual({ name: 'notFound' });
    expect(parseHash('#/child')).toEqual({ name: 'notFound' });
    expect(parseHash('#/child/a/b')).toEqual({ name: 'notFound' });
    expect(parseHash('#/child/%E0%A4%A')).toEqual({ name: 'notFound' });
  });

  it('reads query fields and ignores unknown or empty ones', () => {
    expect(parseHash('#/wheel?lang=ar')).toEqual({ name: 'wheel', lang: 'ar' });
    expect(parseHash('#/wheel?lang=')).toEqual({ name: 'wheel' });
    expect(parseHash('#/settings?q=secret')).toEqual({ name: 'settings' });
    expect(parseHash('#/conversation/x?area=healthy&x=1')).toEqual({ name: 'conversation', conversationId: 'x', areaId: 'healthy' });
  });
});
