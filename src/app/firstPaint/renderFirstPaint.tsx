// The first paint's script, made at build time (scripts/first-paint/plugin.ts runs this through Vite): the
// header and the first screen's opening texts, rendered from the app's own components in every language,
// and `pickFirstPaint` to choose among them as the page is read. On a slow connection the first screen's
// text is then there before the app's code (issue 19, LCP); React replaces all of it in its first render.
// What it draws is inert (no link or button works yet) and carries no test ids, so nothing waits on it.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { AppHeader } from '../AppHeader';
import { FirstRunNoteContent } from '../../features/lock/FirstRunNote';
import { HomeIntro } from '../../features/history/HomeIntro';
import { PublicWheelIntro } from '../../features/wheel/PublicWheelIntro';
import { staticInstance } from '../../i18n/staticInstance';
import { LANGUAGES, LANGUAGE_STORAGE_KEY, directionOf, type Language } from '../../i18n/languages';
import { START_SCREEN_KEY, pickFirstPaint, type FirstPaintPart } from '../../navigation/firstPaint';

type Texts = Record<string, unknown>;

/** One language's pieces: the header and each part of `main`, as HTML. */
export type FirstPaintPieces = { dir: 'ltr' | 'rtl'; header: string } & Record<FirstPaintPart, string>;

const noop = () => undefined;

/** Without test ids: a test waiting for the app's note must not find this copy of it. */
const withoutTestIds = (html: string) => html.replace(/ data-testid="[^"]*"/g, '');

export function renderPieces(lang: Language, texts: Record<string, Texts>): FirstPaintPieces {
  const i18n = staticInstance(lang, texts);
  const render = (node: ReactNode) => withoutTestIds(renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>));
  return {
    dir: directionOf(lang),
    // The same wrappers as the app's (App, HomeView, PublicWheelPage), so nothing moves when React takes over.
    header: render(<AppHeader />).replace(/^<header/, '<header inert=""'),
    firstRun: render(<FirstRunNoteContent offering={false} onOffer={noop} />),
    homeIntro: render(
      <div className="home">
        <HomeIntro />
      </div>,
    ),
    wheelIntro: render(
      <div className="public-wheel">
        <PublicWheelIntro />
      </div>,
    ),
  };
}

/** The script's source: plain ES2020, no module, nothing from another file. */
export function firstPaintScript(textsOf: (lang: Language) => Record<string, Texts>): string {
  const pieces = Object.fromEntries(LANGUAGES.map((lang) => [lang, renderPieces(lang, textsOf(lang))]));
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `(function () {
  function read(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  try {
    var pick = ${pickFirstPaint.toString()};
    var pieces = ${json(pieces)};
    var choice = pick({ hash: location.hash, stored: read(${json(LANGUAGE_STORAGE_KEY)}), preferred: navigator.languages || [], hint: read(${json(START_SCREEN_KEY)}) }, ${json(LANGUAGES)});
    var root = document.getElementById('root');
    var own = choice && pieces[choice.lang];
    if (!root || !own) return;
    root.innerHTML = own.header + '<main id="main" tabindex="-1" inert="">' + choice.parts.map(function (part) { return own[part]; }).join('') + '</main>';
    document.documentElement.lang = choice.lang;
    document.documentElement.dir = own.dir;
  } catch (e) {
    // Whatever goes wrong here, the app draws the page a moment later.
  }
})();
`;
}
