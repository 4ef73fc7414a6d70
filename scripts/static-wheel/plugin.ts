// A Vite plugin that writes the static public wheel pages, `wheel/<lang>/index.html` for every language, into
// every build (npm run build, the e2e and bench builds alike), so that a QR code opens the wheel before any
// script runs. The pages are rendered from the app's own sources: src/features/wheel/static (React
// components rendered to HTML through Vite's module runner), locales/<lng>/*.json, the pictograms and the
// wheel geometry. They load the app's stylesheet and one small script of their own (a chunk of this build),
// and the service worker precaches them like every other file of dist/.
// It also writes the CSP into index.html from its one source (scripts/security-headers.mjs), and gives the
// app the number of texts of each page namespace (__HJULET_PAGE_TEXTS__, for the reviewed share).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runnerImport, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../security-headers.mjs';
import type * as Renderer from '../../src/features/wheel/static/renderWheelPage';
import { LANGUAGES } from '../../src/i18n/languages';
import { PAGE_NAMESPACES } from '../../src/i18n/pageNamespaces';
import { countTexts } from '../../src/i18n/reviewShare';

/** The static pages' own script (a chunk of the app's build). */
export const STATIC_PAGE_SCRIPT = 'src/features/wheel/static/wheelPage.ts';
const RENDERER = '/src/features/wheel/static/renderWheelPage.tsx';
/** Written in index.html where the CSP goes. */
export const CSP_PLACEHOLDER = '%HJULET_CSP%';

type Texts = Record<string, unknown>;

function readJson(file: string): Texts {
  return JSON.parse(readFileSync(file, 'utf8')) as Texts;
}

/** Every namespace of a language as shipped (the page uses common, wheel and poster). */
export function localeTexts(root: string, lang: string): Record<string, Texts> {
  const dir = path.join(root, 'locales', lang);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.slice(0, -'.json'.length), readJson(path.join(dir, file))]),
  );
}

function cssOf(chunk: Rollup.OutputChunk | undefined): string[] {
  return [...(chunk?.viteMetadata?.importedCss ?? [])];
}

export function staticWheelPages(): Plugin {
  let config: ResolvedConfig;
  let scriptRef: string | undefined;
  return {
    name: 'hjulet-static-wheel-pages',
    // How many texts each page namespace has per language: the reviewed share counts them before they load.
    config(user) {
      const root = path.resolve(user.root ?? process.cwd());
      const counts = Object.fromEntries(
        LANGUAGES.map((lng) => [
          lng,
          Object.fromEntries(PAGE_NAMESPACES.map((ns) => [ns, countTexts(readJson(path.join(root, 'locales', lng, `${ns}.json`)))])),
        ]),
      );
      return { define: { __HJULET_PAGE_TEXTS__: JSON.stringify(counts) } };
    },
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(CSP_PLACEHOLDER, META_CONTENT_SECURITY_POLICY),
    },
    buildStart() {
      if (config.command !== 'build' || config.build.ssr) return;
      scriptRef = this.emitFile({ type: 'chunk', id: path.resolve(config.root, STATIC_PAGE_SCRIPT), name: 'wheel-page' });
    },
    async generateBundle(_options, bundle) {
      if (!scriptRef) return;
      const script = this.getFileName(scriptRef);
      const chunks = Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
      // The app's stylesheet (fonts, palette, wheel, area texts), then the page's own few rules.
      const app = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('index.html'));
      const styles = [...cssOf(app), ...cssOf(chunks.find((chunk) => chunk.fileName === script))];
      if (styles.length < 2) this.error('static wheel pages: the app or the page script has no stylesheet');

      const { module } = await runnerImport<typeof Renderer>(RENDERER, { root: config.root, configFile: false, logLevel: 'error' });
      const packFile = path.join(config.publicDir, 'wheel-pack.json');
      const result = module.renderWheelPages({
        textsOf: (lang) => localeTexts(config.root, lang),
        packFile: existsSync(packFile) ? readFileSync(packFile, 'utf8') : undefined,
        styles,
        script,
        contentSecurityPolicy: META_CONTENT_SECURITY_POLICY,
      });
      if (!result.ok) this.error(`static wheel pages: ${path.relative(config.root, packFile)} is not a valid wheel pack (${result.problem})`);
      for (const page of result.pages) this.emitFile({ type: 'asset', fileName: page.fileName, source: page.html });
    },
  };
}
