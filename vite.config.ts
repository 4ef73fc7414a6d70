import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { STATIC_PAGE_SCRIPT, staticWheelPages } from './scripts/static-wheel/plugin.ts';
import { chunkGroups } from './scripts/chunks.ts';
import { firstPaint } from './scripts/first-paint/plugin.ts';

// BASE lets the same build run from a sub-path (e.g. BASE=/hjulet/ npm run build).
const base = process.env.BASE ?? '/';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export default defineConfig({
  base,
  plugins: [
    react(),
    // The static public wheel pages (wheel/<lang>/) and index.html's CSP: scripts/static-wheel/plugin.ts.
    staticWheelPages(),
    // index.html's first paint in the user's language: scripts/first-paint/plugin.ts.
    firstPaint(),
    VitePWA({
      // A new version waits for the user's "Update now" (src/app/serviceWorker.ts), never reloads by itself.
      registerType: 'prompt',
      injectRegister: false,
      // Every file under dist/ that the app can show is matched by globPatterns below; listing public/
      // assets or manifest icons again would only add duplicate precache entries.
      includeManifestIcons: false,
      manifest: {
        // Relative to the manifest's own URL, so one build works at "/" and under a sub-path ("/hjulet/").
        id: './',
        start_url: './',
        scope: './',
        name: 'Hjulet – Barnets bästa-hjulet',
        short_name: 'Hjulet',
        description: 'Samtalsstöd för Barnets bästa-hjulet. Anteckningar sparas bara på den här enheten.',
        lang: 'sv',
        dir: 'ltr',
        display: 'standalone',
        theme_color: '#1f5f5b',
        background_color: '#fbfaf7',
        categories: ['education', 'medical', 'productivity'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
        // English names for browsers that read localized manifest members (ignored elsewhere).
        ...{
          name_localized: { en: 'Hjulet – the Best Interests of the Child wheel' },
          short_name_localized: { en: 'Hjulet' },
          description_localized: { en: 'Conversation support for the Best Interests of the Child wheel. Notes stay on this device.' },
        },
      },
      workbox: {
        // The shell, every code chunk (each locale of each language is its own lazy chunk), fonts and images.
        // tests/unit/precache.test.ts fails when anything the app can request is missing.
        globPatterns: ['**/*.{js,css,html,woff2,png,svg}'],
        // Any page address under the scope opens the app offline; routes live in the hash (#/wheel).
        navigateFallback: 'index.html',
        // The first visit's page is controlled at once, so the next start works offline. An update still waits.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // A region's wheel-pack.json is put next to index.html after the build, so it is not in the precache
        // list (that would keep the build's empty one forever): the network first, the last copy offline.
        runtimeCaching: [
          {
            urlPattern: new RegExp(`^[^?#]*${escapeRegExp(`${base}wheel-pack.json`)}$`),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'hjulet-wheel-pack',
              networkTimeoutSeconds: 4,
              cacheableResponse: { statuses: [200] },
            },
          },
          // Voice packs a host put next to the app (docs/hosting.md) and their list (index.json, which the
          // build ships empty), the same way: fetched once, there offline.
          {
            urlPattern: new RegExp(`^[^?#]*${escapeRegExp(`${base}voice-packs/`)}(?:index|[a-z]+-[0-9]+-[0-9]+)\\.json$`),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'hjulet-voice-packs',
              networkTimeoutSeconds: 4,
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // A lazy chunk's scripts are found by the browser as it reads the chunk; Vite's <link rel=modulepreload>
    // for each of them cost the main thread more than it saved (about 40 ms at the first #/wheel on a slow
    // phone: issue 19). Stylesheets stay, so a page never shows unstyled, and so does Vite's wrapper, whose
    // vite:preloadError the app relies on when an update removed a chunk (app/staleBuild.ts).
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? deps.filter((dep) => dep.endsWith('.css')) : deps),
    },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The start in few files: its code in one, its texts in one per language (scripts/chunks.ts).
        codeSplitting: { groups: chunkGroups(fileURLToPath(new URL('.', import.meta.url)), STATIC_PAGE_SCRIPT) },
        // RELEASE_TAG (tests only) gives every file of a build new names, as a real release with changed
        // texts would: the update test checks that a window left on the old build still finds what it needs.
        ...(process.env.RELEASE_TAG
          ? {
              entryFileNames: `assets/[name]-[hash]-${process.env.RELEASE_TAG}.js`,
              chunkFileNames: `assets/[name]-[hash]-${process.env.RELEASE_TAG}.js`,
              assetFileNames: `assets/[name]-[hash]-${process.env.RELEASE_TAG}[extname]`,
            }
          : {}),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Property tests and ESLint runs can take several seconds on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // Real Chromium against the built app (dist/); see tests/e2e/harness.ts.
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time on a 2-core machine, and after the fast projects.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
