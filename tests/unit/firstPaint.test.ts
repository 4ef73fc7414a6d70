// The first paint's choice (src/navigation/firstPaint.ts) runs before any of the app's code, as a copy of its
// source: it must choose the language the app will start in and the page the address opens, or the text the
// user sees first changes under their eyes.
import { describe, expect, it } from 'vitest';
import { pickFirstPaint, type FirstPaintInput } from '../../src/navigation/firstPaint';
import { LANGUAGES, isLanguage, pickLanguage } from '../../src/i18n/languages';
import { parseHash } from '../../src/navigation';
import { PAGES } from '../../src/app/pages';

const input = (over: Partial<FirstPaintInput> = {}): FirstPaintInput => ({ hash: '', stored: null, preferred: [], hint: null, ...over });

/** What the app starts in: the stored choice, else the browser's languages (src/i18n initialLanguage). */
const appLanguage = (stored: string | null, preferred: readonly string[]) => (isLanguage(stored) ? stored : pickLanguage(preferred));

describe('pickFirstPaint', () => {
  const cases: Array<[string | null, string[]]> = [
    [null, []],
    [null, ['en-US', 'en']],
    [null, ['de-DE', 'fi']],
    [null, ['ku-TR']],
    [null, ['AR-SA']],
    [null, ['de', 'fr']],
    ['so', ['en-US']],
    ['ar', []],
    ['xx', ['fi-FI']],
    ['', ['kmr']],
  ];
  it.each(cases)('starts in the language the app starts in (stored %s, browser %j)', (stored, preferred) => {
    expect(pickFirstPaint(input({ stored, preferred }), LANGUAGES)?.lang).toBe(appLanguage(stored, preferred));
  });

  const hashes = [
    '',
    '#',
    '#/',
    '#/wheel',
    '#/wheel?lang=so',
    '#/wheel/',
    '#/settings',
    '#/child/abc',
    '#/conversation/x?area=safe',
    '#/nope',
    '#/child-turn/c1?lang=so',
  ];
  it.each(hashes)('draws the page the address %j opens', (hash) => {
    const route = parseHash(hash);
    const choice = pickFirstPaint(input({ hash, hint: 'home' }), LANGUAGES);
    if (route.name !== 'notFound' && PAGES[route.name].bare) {
      // The child's turn has no header: nothing is drawn over the static brand.
      expect(choice).toBeNull();
      return;
    }
    const expected = route.name === 'home' ? ['homeIntro'] : route.name === 'wheel' ? ['wheelIntro'] : [];
    expect(choice?.parts).toEqual(expected);
  });

  it('shows the first-run note on a new device, not once dismissed, and only the header while the lock is on', () => {
    expect(pickFirstPaint(input(), LANGUAGES)?.parts).toEqual(['firstRun', 'homeIntro']);
    expect(pickFirstPaint(input({ hint: 'welcome' }), LANGUAGES)?.parts).toEqual(['firstRun', 'homeIntro']);
    expect(pickFirstPaint(input({ hint: 'home' }), LANGUAGES)?.parts).toEqual(['homeIntro']);
    expect(pickFirstPaint(input({ hint: 'locked' }), LANGUAGES)?.parts).toEqual([]);
    // The public wheel is open whatever the lock.
    expect(pickFirstPaint(input({ hint: 'locked', hash: '#/wheel' }), LANGUAGES)?.parts).toEqual(['wheelIntro']);
  });

  it('uses nothing from outside itself (its source is copied into a script of its own)', () => {
    const copy = new Function(`return (${pickFirstPaint.toString()});`)() as typeof pickFirstPaint;
    expect(copy(input({ stored: 'ar', hash: '#/wheel' }), LANGUAGES)).toEqual({ lang: 'ar', parts: ['wheelIntro'] });
    expect(copy(input({ preferred: ['ku'] }), LANGUAGES)).toEqual({ lang: 'kmr', parts: ['firstRun', 'homeIntro'] });
  });
});
