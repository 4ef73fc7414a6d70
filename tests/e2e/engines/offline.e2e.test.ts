// Offline after one visit, in Chromium, WebKit and Firefox: once the service worker controls the page, the
// app starts with its server gone, opens the public wheel in Arabic (a lazy chunk), and a child and a
// conversation added offline are kept. Served from a sub-path (/hjulet/), where scope mistakes show.
import { expect, it } from 'vitest';
import { waitForSelector, waitUntil } from './driver';
import { forEachEngine } from './session';
import { addChild, isChecked, rate, ratingSelector, startConversation, valueOf, waitSaved, write } from './steps';

const NOTE = 'Känner sig trygg hos mormor';

forEachEngine(
  'offline after one visit',
  (s) => {
    it('starts, opens deep links and keeps a conversation with the server gone', async () => {
      const { page } = s;
      // The one online visit.
      await page.open(s.app.url);
      await waitForSelector(page, 'h1');
      const worker = await waitUntil(
        page,
        () => navigator.serviceWorker?.controller?.state === 'activated' && navigator.serviceWorker.controller.scriptURL,
        null,
        {
          timeout: 45_000,
          what: 'a service worker controlling the page',
        },
      );
      expect(worker).toBe(`${s.app.url}sw.js`);

      // The server is gone: every page load below comes from the service worker's cache.
      await s.app.close();
      await page.open(`${s.app.url}#/`);
      await waitForSelector(page, '.add-child form');
      await page.open(`${s.app.url}#/wheel?lang=ar`);
      await waitForSelector(page, '[data-testid="wheel"] [data-area="included"]');
      await waitUntil(page, () => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl', null, { what: 'the wheel in Arabic' });
      // An address the server never had falls back to the app.
      await page.open(`${s.app.url}some/deep/path?x=1#/wheel?lang=fi`);
      await waitUntil(page, () => document.documentElement.lang === 'fi' && !!document.querySelector('[data-area="included"]'), null, {
        what: 'the wheel in Finnish',
      });

      // Back to Swedish (a ?lang link sets the app's language), then a child and a conversation, offline;
      // a fresh start on the conversation's address keeps them.
      await page.open(`${s.app.url}#/wheel?lang=sv`);
      // (index.html says lang="sv" before the app runs: wait for the app's own Swedish wheel.)
      await waitUntil(page, () => document.querySelector('[data-area="safe"]')?.getAttribute('aria-label') === 'Trygg', null, {
        what: 'the wheel in Swedish again',
      });
      await page.open(`${s.app.url}#/`);
      await addChild(page, 'Offline-Olle');
      const conversationId = await startConversation(page);
      await rate(page, 'child', 4);
      await write(page, 'Det här går bra', NOTE);
      await waitSaved(page);
      await page.open(`${s.app.url}#/conversation/${conversationId}?area=safe`);
      await waitForSelector(page, '[data-area-panel="safe"]');
      expect(await valueOf(page, 'Det här går bra')).toBe(NOTE);
      expect(await isChecked(page, ratingSelector('child', 4))).toBe(true);
      await page.open(`${s.app.url}#/`);
      await waitUntil(page, () => document.querySelector('[data-testid="child-list"]')?.textContent?.includes('Offline-Olle') === true, null, {
        what: 'the child listed',
      });
    });
  },
  { base: '/hjulet/' },
);
