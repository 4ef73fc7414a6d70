// Renders one static public wheel page to a complete HTML document, at build time (scripts/static-wheel/
// plugin.ts runs this through Vite, so it is the app's own TypeScript, components and texts). No script
// or style is inline: the CSP allows neither, and the page must look right with scripts off.
import { renderToStaticMarkup } from 'react-dom/server';
import { staticInstance } from '../../../i18n/staticInstance';
import { I18nextProvider } from 'react-i18next';
import { parseWheelPack, withPackTexts, type WheelPack } from '../../../domain/wheelPack';
import { LANGUAGES, directionOf, type Language } from '../../../i18n/languages';
import { publicWheelPath } from '../../../navigation/publicPages';
import { StaticWheelPage, TO_APP_BASE } from './StaticWheelPage';

type Texts = Record<string, unknown>;

export interface WheelPageInput {
  lang: Language;
  /** The language's built-in texts by namespace: common, wheel and poster at least. */
  texts: Record<string, Texts>;
  /** The build's own wheel pack (public/wheel-pack.json), already checked; its texts are laid over the built-in ones. */
  pack?: WheelPack;
  /** Files the page loads, relative to the app's base ("assets/index-abc.css"). */
  styles: readonly string[];
  script: string;
  /** The Content-Security-Policy for the <meta> tag. */
  contentSecurityPolicy: string;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function textsOf(input: WheelPageInput): Record<string, Texts> {
  const wheel = input.texts.wheel ?? {};
  return { ...input.texts, wheel: withPackTexts(wheel, input.pack?.texts[input.lang]) };
}

/** The page as HTML text, starting with its doctype. */
export function renderWheelPage(input: WheelPageInput): string {
  const { lang } = input;
  const texts = textsOf(input);
  const i18n = staticInstance(lang, texts);
  const packName = input.pack && input.pack.texts[lang] ? input.pack.name : undefined;
  const body = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <StaticWheelPage lang={lang} packName={packName} />
    </I18nextProvider>,
  );
  const t = i18n.getFixedT(lang, ['common', 'poster']);
  const title = `${t('publicWheel.title')} – ${t('app.name')}`;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(input.contentSecurityPolicy)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<meta name="description" content="${escapeAttribute(t('poster:explanation'))}">`,
    '<meta name="theme-color" content="#1f5f5b">',
    `<title>${escapeAttribute(title)}</title>`,
    `<link rel="icon" href="${TO_APP_BASE}icons/icon.svg" type="image/svg+xml">`,
    ...LANGUAGES.filter((other) => other !== lang).map((other) => `<link rel="alternate" hreflang="${other}" href="../../${publicWheelPath(other)}">`),
    ...input.styles.map((href) => `<link rel="stylesheet" href="${TO_APP_BASE}${escapeAttribute(href)}">`),
    `<script type="module" src="${TO_APP_BASE}${escapeAttribute(input.script)}"></script>`,
  ];
  // data-app-base: where the app (and its service worker) lives, for the page's script.
  return `<!doctype html>\n<html lang="${lang}" dir="${directionOf(lang)}" data-app-base="${TO_APP_BASE}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

export interface WheelPagesInput extends Omit<WheelPageInput, 'lang' | 'texts' | 'pack'> {
  /** A language's built-in texts by namespace. */
  textsOf(lang: Language): Record<string, Texts>;
  /** The text of the build's own wheel-pack.json, if there is one. */
  packFile?: string;
}

export type WheelPagesResult =
  { ok: true; pages: Array<{ lang: Language; fileName: string; html: string }>; pack?: WheelPack } | { ok: false; problem: string };

/**
 * Every language's page. The build's own wheel pack is checked by the same rules as in the app; a bad one
 * stops the build with its first problem (a region would otherwise print posters of the wrong texts).
 */
export function renderWheelPages({ textsOf, packFile, ...rest }: WheelPagesInput): WheelPagesResult {
  let pack: WheelPack | undefined;
  if (packFile !== undefined) {
    const result = parseWheelPack(packFile, { languages: LANGUAGES, source: textsOf('sv').wheel });
    if (!result.ok) return { ok: false, problem: `${result.problem.kind}${result.problem.path ? ` at ${result.problem.path}` : ''}` };
    pack = result.pack;
  }
  const pages = LANGUAGES.map((lang) => ({
    lang,
    fileName: publicWheelPath(lang) + 'index.html',
    html: renderWheelPage({ ...rest, lang, texts: textsOf(lang), pack }),
  }));
  return pack ? { ok: true, pages, pack } : { ok: true, pages };
}
