// The first paint (src/app/firstPaint): the script index.html loads draws the header and the first screen's
// opening texts in the user's language before the app's code is there, the same markup the app then draws,
// inert and without test ids; and the lock keeps the hint of the next start's screen up to date.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import { firstPaintScript } from '../../src/app/firstPaint/renderFirstPaint';
import { AppHeader } from '../../src/app/AppHeader';
import { HomeIntro } from '../../src/features/history/HomeIntro';
import { LANGUAGE_STORAGE_KEY, type Language } from '../../src/i18n/languages';
import { START_SCREEN_KEY } from '../../src/navigation/firstPaint';
import { useLockStore } from '../../src/features/lock/lockStore';
import { renderWithI18n } from './renderWithI18n';

const LOCALES = path.resolve(__dirname, '../../locales');

function textsOf(lang: Language): Record<string, Record<string, unknown>> {
  const dir = path.join(LOCALES, lang);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>]),
  );
}

const json = (lang: Language, ns: string) => textsOf(lang)[ns] as Record<string, Record<string, string>>;

let script: string;

beforeAll(() => {
  script = firstPaintScript(textsOf);
});

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  window.location.hash = '';
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  document.documentElement.dir = '';
});

/** index.html's root with its static brand, then the script, as the browser reads them. */
function paint({ hash = '', stored, hint, preferred = ['sv-SE'] }: { hash?: string; stored?: string; hint?: string; preferred?: string[] }) {
  document.body.innerHTML = '<div id="root"><header class="app-header"><span class="brand">Hjulet</span></header></div>';
  if (stored) localStorage.setItem(LANGUAGE_STORAGE_KEY, stored);
  if (hint) localStorage.setItem(START_SCREEN_KEY, hint);
  window.location.hash = hash;
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(preferred);
  new Function(script)();
  return document.getElementById('root') as HTMLElement;
}

describe('the first paint script', () => {
  it('draws the header, the first-run note and the home introduction on a new device, in the browser language', () => {
    const root = paint({ preferred: ['en-GB', 'en'] });
    const en = json('en', 'common');
    expect(document.documentElement.lang).toBe('en');
    expect(root.querySelector('header.app-header nav')?.textContent).toContain(en.nav?.settings);
    const main = root.querySelector('main#main');
    expect([...(main?.children ?? [])].map((el) => el.className)).toEqual(['first-run', 'home']);
    expect(main?.querySelector('.first-run')?.textContent).toContain(json('en', 'lock').firstRun?.responsible);
    expect(main?.querySelector('.home-intro h1')?.textContent).toBe(en.home?.title);
    // Nothing in it works yet, and nothing a test waits for is in it.
    expect(root.querySelector('header')?.hasAttribute('inert')).toBe(true);
    expect(main?.hasAttribute('inert')).toBe(true);
    expect(root.querySelector('[data-testid]')).toBeNull();
  });

  it('follows the stored language and its direction, and the start-screen hint', () => {
    const root = paint({ stored: 'ar', hint: 'home', preferred: ['en-US'] });
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(root.querySelector('.first-run')).toBeNull();
    expect(root.querySelector('.home-intro .lead')?.textContent).toBe(json('ar', 'common').home?.intro);
    expect(root.querySelector<HTMLSelectElement>('header select')?.value).toBe('ar');
  });

  it('draws only the header while the lock is on, and the public wheel whatever the lock', () => {
    expect(paint({ hint: 'locked' }).querySelector('main')?.children).toHaveLength(0);
    const wheel = paint({ hint: 'locked', hash: '#/wheel', stored: 'so' });
    expect(wheel.querySelector('.public-wheel h1')?.textContent).toBe(json('so', 'common').publicWheel?.title);
  });

  it('leaves the child’s turn as it is (no header there)', () => {
    const root = paint({ hash: '#/child-turn/abc' });
    expect(root.innerHTML).toBe('<header class="app-header"><span class="brand">Hjulet</span></header>');
  });

  it('draws what the app draws, so nothing changes when React takes over', async () => {
    const painted = paint({ stored: 'fi', hint: 'home' });
    const header = painted.querySelector('header')?.outerHTML.replace(' inert=""', '');
    const intro = painted.querySelector('.home')?.innerHTML;
    const { container } = await renderWithI18n(
      <>
        <AppHeader />
        <HomeIntro />
      </>,
      'fi',
    );
    const withoutIds = (html: string | undefined) =>
      html
        ?.replace(/ data-testid="[^"]*"/g, '')
        .replace(/(for|id)="[^"]*"/g, '$1=""')
        .replace(' selected=""', '');
    // The chosen language is an attribute in the first paint, a property in React's: both show Suomi.
    expect(painted.querySelector<HTMLSelectElement>('header select')?.value).toBe('fi');
    expect(container.querySelector<HTMLSelectElement>('header select')?.value).toBe('fi');
    expect(withoutIds(container.querySelector('header')?.outerHTML)).toBe(withoutIds(header));
    expect(container.querySelector('.home-intro')?.outerHTML).toBe(intro);
  });
});

describe('the start-screen hint', () => {
  it('follows the lock: the note until dismissed, then home; locked while the lock is on', () => {
    act(() => useLockStore.setState({ status: 'off', firstRunDone: false }));
    expect(localStorage.getItem(START_SCREEN_KEY)).toBe('welcome');
    act(() => useLockStore.setState({ firstRunDone: true }));
    expect(localStorage.getItem(START_SCREEN_KEY)).toBe('home');
    act(() => useLockStore.setState({ status: 'locked' }));
    expect(localStorage.getItem(START_SCREEN_KEY)).toBe('locked');
    act(() => useLockStore.setState({ status: 'unlocked' }));
    expect(localStorage.getItem(START_SCREEN_KEY)).toBe('locked');
    // While the state is not known yet, the last hint stands.
    act(() => useLockStore.setState({ status: 'checking' }));
    expect(localStorage.getItem(START_SCREEN_KEY)).toBe('locked');
    act(() => useLockStore.setState({ status: 'off', firstRunDone: false }));
    expect(localStorage.getItem(START_SCREEN_KEY)).toBe('welcome');
  });
});
