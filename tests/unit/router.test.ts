import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from '../../src/app/router';

describe('hash routes', () => {
  it('parses every route and builds it back', () => {
    const routes = [
      { name: 'home' },
      { name: 'child', childId: 'a b' },
      { name: 'conversation', conversationId: 'x1', areaId: 'safe' },
      { name: 'conversation', conversationId: 'x1' },
      { name: 'wheel', lang: 'so' },
      { name: 'wheel' },
      { name: 'settings' },
      { name: 'accessibility' },
    ] as const;
    for (const route of routes) expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('treats an empty hash as home and unknown paths as not found', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
    expect(parseHash('#/nope')).toEqual({ name: 'notFound' });
  });

  it('reads the public wheel language from the query', () => {
    expect(parseHash('#/wheel?lang=ar')).toEqual({ name: 'wheel', lang: 'ar' });
  });
});
