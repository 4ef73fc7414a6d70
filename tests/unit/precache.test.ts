// The service worker's precache must hold everything the app can ask for, or some language, font or
// screen silently fails offline. This reads the built app (dist/, built first when older than the
// sources) and checks the precache manifest in dist/sw.js against what the app can request: every locale
// file of every language (lazy chunks), every font in the CSS, every code chunk, the page's own assets and
// the manifest icons. It also proves that the check notices a missing locale or font.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { ROOT, ensureBuild } from '../e2e/helpers/build';

interface BuiltApp {
  dist: string;
  /** Precached URLs, relative to the service worker (e.g. "assets/wheel-abc.js", "index.html"). */
  precache: Set<string>;
  swSource: string;
  /** Text of every built JavaScript file, by path relative to dist. */
  scripts: Map<string, string>;
  styles: Map<string, string>;
  indexHtml: string;
  manifest: { icons?: Array<{ src: string }> };
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** The URLs of `precacheAndRoute([...])` in a generated sw.js, minified or not. */
export function precacheUrls(swSource: string): Set<string> {
  const start = swSource.indexOf('precacheAndRoute(');
  if (start < 0) throw new Error('sw.js has no precacheAndRoute call');
  const end = swSource.indexOf(']', start);
  const list = swSource.slice(start, end);
  return new Set([...list.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((m) => m[1] as string));
}

/** Maps each lazily imported locale file ("sv/common") to its built chunk ("assets/common-abc.js"). */
export function localeChunks(scripts: Map<string, string>): Map<string, string> {
  const chunks = new Map<string, string>();
  const entry = /["']\.\.\/\.\.\/locales\/([\w-]+)\/([\w-]+)\.json["']\s*:[^,{}]*?import\(\s*[`"']\.\/([^`"']+)[`"']\s*\)/g;
  for (const [file, source] of scripts) {
    const dir = path.posix.dirname(file);
    for (const m of source.matchAll(entry)) chunks.set(`${m[1]}/${m[2]}`, path.posix.join(dir, m[3] as string));
  }
  return chunks;
}

/** Locale files the app can load: locales/<lng>/<ns>.json, as the app's import.meta.glob sees them. */
function sourceLocaleFiles(): string[] {
  const dir = path.join(ROOT, 'locales');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(dir, d.name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${d.name}/${f.slice(0, -'.json'.length)}`),
    );
}

/** "/assets/x.js" or "assets/x.js" (base "/") → "assets/x.js"; other origins and data: URLs → undefined. */
function local(ref: string): string | undefined {
  if (/^(data:|blob:|[a-z]+:\/\/|\/\/|#)/i.test(ref)) return undefined;
  return ref.replace(/^\.?\//, '').replace(/[?#].*$/, '');
}

/** Everything the app can request that is not in `precache`, one readable line each. */
export function missingFromPrecache(app: BuiltApp, precache: Set<string>, localeFiles: string[]): string[] {
  const problems: string[] = [];
  const need = (url: string | undefined, why: string) => {
    if (url && !precache.has(url)) problems.push(`${why}: ${url} is not precached`);
  };

  // Every locale file of every language, each its own lazy chunk.
  const chunks = localeChunks(app.scripts);
  for (const file of localeFiles) {
    const chunk = chunks.get(file);
    if (!chunk) problems.push(`locale ${file}: no chunk found in the built app`);
    else need(chunk, `locale ${file}`);
  }

  // Every font (and image) the CSS points at.
  for (const [file, css] of app.styles) {
    for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) need(local(m[1] as string), `${file} url()`);
  }

  // Every file Vite emitted: code chunks (screens, locales), fonts, styles.
  for (const file of filesUnder(path.join(app.dist, 'assets'))) need(`assets/${file}`, 'built asset');

  // Every dynamic import between chunks.
  for (const [file, source] of app.scripts) {
    for (const m of source.matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)) {
      need(path.posix.join(path.posix.dirname(file), m[1] as string), `import() in ${file}`);
    }
  }

  // The page itself, what it links (script, styles, icons, manifest), and the manifest's icons.
  need('index.html', 'the app shell');
  for (const m of app.indexHtml.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) need(local(m[1] as string), 'index.html');
  for (const icon of app.manifest.icons ?? []) need(local(icon.src), 'manifest icon');
  return problems;
}

function readBuiltApp(dist: string): BuiltApp {
  const swSource = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const files = filesUnder(dist);
  const read = (ext: string) =>
    new Map(files.filter((f) => f.startsWith('assets/') && f.endsWith(ext)).map((f) => [f, readFileSync(path.join(dist, f), 'utf8')]));
  return {
    dist,
    swSource,
    precache: precacheUrls(swSource),
    scripts: read('.js'),
    styles: read('.css'),
    indexHtml: readFileSync(path.join(dist, 'index.html'), 'utf8'),
    manifest: JSON.parse(readFileSync(path.join(dist, 'manifest.webmanifest'), 'utf8')) as BuiltApp['manifest'],
  };
}

describe('service worker precache (built app)', () => {
  let app: BuiltApp;
  const localeFiles = sourceLocaleFiles();

  beforeAll(() => {
    // dist/ is shared with the e2e tests (their globalSetup builds it first in a full run).
    const dist = ensureBuild({ outDir: 'dist', base: '/' });
    expect(existsSync(path.join(dist, 'sw.js'))).toBe(true);
    app = readBuiltApp(dist);
  }, 180_000);

  it('finds the locale files of all six languages in the sources and in the build', () => {
    for (const lng of LANGUAGES) expect(localeFiles, lng).toContain(`${lng}/wheel`);
    const chunks = localeChunks(app.scripts);
    expect([...chunks.keys()].sort()).toEqual([...localeFiles].sort());
  });

  it('precaches everything the app can request: locales, fonts, chunks, shell, icons', () => {
    expect(missingFromPrecache(app, app.precache, localeFiles)).toEqual([]);
  });

  it('precaches the woff2 files of both fonts (Latin and Arabic script)', () => {
    const fonts = [...app.precache].filter((url) => url.endsWith('.woff2'));
    expect(fonts.some((url) => /noto-sans-latin-/.test(url))).toBe(true);
    expect(fonts.some((url) => /noto-sans-latin-ext-/.test(url))).toBe(true);
    expect(fonts.some((url) => /noto-sans-arabic-/.test(url))).toBe(true);
  });

  it('answers any page address under the scope with the precached shell (navigation fallback)', () => {
    expect(app.swSource).toMatch(/NavigationRoute\(\s*\w+\.createHandlerBoundToURL\(\s*["']index\.html["']\s*\)/);
  });

  it('lists each file once, and nothing from another origin', () => {
    const raw = [...app.swSource.slice(app.swSource.indexOf('precacheAndRoute(')).matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(raw.length).toBe(app.precache.size);
    for (const url of app.precache) expect(url).not.toMatch(/^[a-z]+:|^\/\//i);
  });

  it('notices a missing locale chunk or font (the check itself works)', () => {
    const chunks = localeChunks(app.scripts);
    const arabicWheel = chunks.get('ar/wheel');
    expect(arabicWheel).toBeDefined();
    const withoutLocale = new Set([...app.precache].filter((url) => url !== arabicWheel));
    expect(missingFromPrecache(app, withoutLocale, localeFiles)).toContain(`locale ar/wheel: ${arabicWheel} is not precached`);

    const arabicFont = [...app.precache].find((url) => /noto-sans-arabic-.*\.woff2$/.test(url));
    expect(arabicFont).toBeDefined();
    const withoutFont = new Set([...app.precache].filter((url) => url !== arabicFont));
    expect(missingFromPrecache(app, withoutFont, localeFiles).some((p) => p.includes(`${arabicFont} is not precached`) && p.includes('url()'))).toBe(true);

    // A locale file added to the sources but missing from the build is reported too.
    expect(missingFromPrecache(app, app.precache, [...localeFiles, 'so/newspace'])).toContain('locale so/newspace: no chunk found in the built app');
  });
});
