// A Vite plugin that gives index.html its first paint (src/app/firstPaint/renderFirstPaint.tsx): a small
// classic script, assets/first-paint-<hash>.js, that draws the header and the first screen's opening texts
// in the user's language before the app's code has arrived. It is loaded where index.html says
// FIRST_PAINT_PLACEHOLDER, after the root element it draws into; a build only (the dev server keeps the
// static brand). The service worker precaches it with the rest of assets/.
import { createHash } from 'node:crypto';
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite';
import type * as Renderer from '../../src/app/firstPaint/renderFirstPaint';
import { localeTexts } from '../static-wheel/plugin.ts';

const RENDERER = '/src/app/firstPaint/renderFirstPaint.tsx';
/** Written in index.html right after <div id="root">…</div>. */
export const FIRST_PAINT_PLACEHOLDER = '<!-- first-paint -->';
/** Latin, regular and bold: the first paint's text in every language but Arabic (and its digits there too). */
const FIRST_PAINT_FONTS = /(^|\/)noto-sans-latin-(400|700)-normal-[^/]*\.woff2$/;

/** Markup needs no styles: the components' stylesheet imports load as nothing (the runner cannot load CSS). */
const withoutStylesheets: Plugin = {
  name: 'hjulet-first-paint-no-css',
  enforce: 'pre',
  resolveId: (id) => (/\.css(\?|$)/.test(id) ? '\0hjulet-no-css' : undefined),
  load: (id) => (id === '\0hjulet-no-css' ? 'export {};' : undefined),
};

export function firstPaint(): Plugin {
  let config: ResolvedConfig;
  let fileName: string | undefined;
  let source: string | undefined;
  return {
    name: 'hjulet-first-paint',
    // Rendered before the build starts: the module runner cannot load the components' stylesheets mid-build.
    async configResolved(resolved) {
      config = resolved;
      if (config.command !== 'build' || config.build.ssr) return;
      const { module } = await runnerImport<typeof Renderer>(RENDERER, {
        root: config.root,
        configFile: false,
        logLevel: 'error',
        plugins: [withoutStylesheets],
      });
      source = module.firstPaintScript((lang) => localeTexts(config.root, lang));
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      fileName = `assets/first-paint-${hash}${process.env.RELEASE_TAG ? `-${process.env.RELEASE_TAG}` : ''}.js`;
    },
    buildStart() {
      if (fileName && source !== undefined) this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!html.includes(FIRST_PAINT_PLACEHOLDER)) throw new Error(`index.html has no ${FIRST_PAINT_PLACEHOLDER}`);
        // A parser-blocking script on purpose: it draws before the first paint, and is fetched beside the stylesheet.
        const page = html.replace(FIRST_PAINT_PLACEHOLDER, fileName ? `<script src="${config.base}${fileName}"></script>` : '');
        if (!ctx.bundle) return page;
        // The fonts the first paint's text is set in, fetched beside the stylesheet instead of after it: text
        // drawn in a stand-in font and drawn again a moment later would be the page's largest paint again.
        const fonts = Object.keys(ctx.bundle).filter((name) => FIRST_PAINT_FONTS.test(name));
        if (fonts.length !== 2) throw new Error(`first paint: expected the Latin 400 and 700 fonts in the build, found ${fonts.join(', ') || 'none'}`);
        const links = fonts.map((name) => `<link rel="preload" href="${config.base}${name}" as="font" type="font/woff2" crossorigin>`);
        return page.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}
