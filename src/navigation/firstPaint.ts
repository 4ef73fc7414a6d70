// What the page shows before the app's code has arrived (issue 19: the first screen's text without waiting for
// the app's scripts on a slow connection). The build renders the pieces in every language
// (src/app/firstPaint/renderFirstPaint.tsx); a small script in index.html picks them with `pickFirstPaint`
// from what it can read at once: the address, the chosen language and a hint of the start screen that the
// lock remembers. React replaces all of it in its first render.

/** The localStorage key of the start-screen hint (no child data: which screen a start shows). */
export const START_SCREEN_KEY = 'hjulet.startScreen';

/** welcome: the first-run note is still shown; home: no note, no lock; locked: the lock is on. */
export type StartScreen = 'welcome' | 'home' | 'locked';

export type FirstPaintPart = 'firstRun' | 'homeIntro' | 'wheelIntro';

export interface FirstPaintInput {
  /** location.hash */
  hash: string;
  /** The stored language choice, if any. */
  stored: string | null;
  /** navigator.languages */
  preferred: readonly string[];
  /** The stored start-screen hint, if any. */
  hint: string | null;
}

/** The header and these parts of the page, in this language; null: leave the page as it is (the child's turn). */
export interface FirstPaintChoice {
  lang: string;
  parts: FirstPaintPart[];
}

/**
 * The first paint for a start. It runs as written in index.html's script (the build inlines this function's
 * source), so it uses nothing from outside itself: the languages come in as an argument. The choices mirror
 * initialLanguage() and parseHash(); tests/unit/firstPaint.test.ts holds them to it.
 */
export function pickFirstPaint(input: FirstPaintInput, languages: readonly string[]): FirstPaintChoice | null {
  const known = (value: string | null | undefined): value is string => typeof value === 'string' && languages.indexOf(value) >= 0;
  let lang = known(input.stored) ? input.stored : '';
  for (let i = 0; !lang && i < input.preferred.length; i++) {
    const base = String(input.preferred[i]).toLowerCase().split('-')[0];
    if (base === 'ku') lang = 'kmr';
    else if (known(base)) lang = base;
  }
  if (!lang) lang = languages[0] ?? 'sv';
  const raw = input.hash.replace(/^#/, '');
  const cut = raw.indexOf('?');
  const path = (cut < 0 ? raw : raw.slice(0, cut)).split('/').filter(Boolean).join('/');
  // The child's turn has no header: whatever is there stays until the app draws it.
  if (path.split('/')[0] === 'child-turn') return null;
  if (path === 'wheel') return { lang, parts: ['wheelIntro'] };
  if (path !== '') return { lang, parts: [] };
  // The home screen: while locked only the unlock screen follows the header; a device with no hint has never
  // dismissed the first-run note (or is new), which stands above the home screen's introduction.
  if (input.hint === 'locked') return { lang, parts: [] };
  if (input.hint === 'home') return { lang, parts: ['homeIntro'] };
  return { lang, parts: ['firstRun', 'homeIntro'] };
}
