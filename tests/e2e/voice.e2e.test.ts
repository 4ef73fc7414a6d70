// Recorded voices (issue 13) in Chromium with a fake microphone, on a browser with no Somali voice:
// three Somali texts recorded (with the level meter moving), one played back to its end, a voice pack
// saved, everything erased, a pack with a changed hash refused with nothing written, the real pack loaded
// and played again; the child's turn in Somali gets its read-aloud button only once there are recordings,
// and it plays them; all of it survives a reload and works with the server gone and the network off.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  ROOT,
  collectConsole,
  formatViolations,
  guardOrigins,
  runAxe,
  screenshot,
  startApp,
  type OriginGuard,
  type RunningApp,
} from './harness';
import { addChild, startConversation } from './helpers/app';
import { waitForController } from './pwaHelpers';

/** The three texts recorded: the first area's name and its text for the child, and the question. */
const KEYS = ['wheel:areas.safe.label', 'wheel:areas.safe.child', 'childTurn:question.6-12'] as const;

declare global {
  interface Window {
    /** Every play() of an audio element: its source, whether it reached its end, how far it got. */
    __plays?: Array<{ src: string; ended: boolean; time: number }>;
  }
}

async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

const row = (page: Page, key: string) => page.locator(`[data-voice-key="${key}"]`);

async function statuses(page: Page): Promise<string[]> {
  return Promise.all(KEYS.map(async (key) => (await row(page, key).getAttribute('data-voice-status')) ?? ''));
}

async function recordingsPage(page: Page, url: string): Promise<void> {
  await openFresh(page, `${url}#/settings/recordings?lang=so`);
  await row(page, KEYS[0]).waitFor({ timeout: 20_000 });
}

/** Plays that reached their end (the fake microphone's recordings are a second or two long). */
async function endedPlays(page: Page): Promise<number> {
  return page.evaluate(() => (window.__plays ?? []).filter((p) => p.ended && p.time > 0.3).length);
}

/** Every play() of an audio element in the context's pages goes into window.__plays. */
async function trackPlays(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__plays = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (this.src) {
        const entry = { src: this.src, ended: false, time: 0 };
        window.__plays?.push(entry);
        this.addEventListener('timeupdate', () => (entry.time = Math.max(entry.time, this.currentTime)));
        this.addEventListener('ended', () => (entry.ended = true), { once: true });
      }
      return play.call(this);
    };
  });
}

describe('recorded voices in Somali (fake microphone)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let guard: OriginGuard;
  let conversationId = '';
  let packFile = '';
  let serverClosed = false;
  const dir = mkdtempSync(path.join(tmpdir(), 'hjulet-voice-'));

  beforeAll(async () => {
    app = await startApp();
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', acceptDownloads: true, serviceWorkers: 'allow' });
    await context.grantPermissions(['microphone'], { origin: app.origin });
    guard = guardOrigins(context, app.origin);
    await trackPlays(context);
    page = await context.newPage();
    collectConsole(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (!serverClosed) await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has no Somali voice on this browser, and so no read-aloud button in the Somali child turn', async () => {
    await page.goto(app.url);
    await addChild(page, 'Voice-Vera');
    conversationId = await startConversation(page);
    await openFresh(page, `${app.url}#/child-turn/${conversationId}?lang=so`);
    await page.locator('[data-child-area="safe"]').waitFor({ timeout: 20_000 });
    // The precondition: voices load late in Chromium, so wait for the list, then look for Somali in it.
    const voices = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const list = () => speechSynthesis.getVoices().map((v) => v.lang);
          if (list().length > 0) resolve(list());
          speechSynthesis.addEventListener('voiceschanged', () => resolve(list()));
          setTimeout(() => resolve(list()), 2000);
        }),
    );
    expect(voices.filter((lang) => lang.toLowerCase().startsWith('so'))).toEqual([]);
    await page.waitForTimeout(500);
    expect(await page.locator('[data-child-area="safe"] [data-testid="read-aloud"]').count()).toBe(0);
  });

  it('records three Somali texts with the microphone, the level meter moving, and plays one to its end', async () => {
    await recordingsPage(page, app.url);
    await page.getByTestId('voice-no-device').waitFor();
    for (const key of KEYS) {
      await row(page, key).getByTestId('voice-record').click();
      const stop = row(page, key).getByTestId('voice-stop');
      await stop.waitFor({ timeout: 10_000 });
      if (key === KEYS[0]) {
        // The fake microphone beeps: the meter shows sound at some moment.
        await expect
          .poll(
            () =>
              row(page, key)
                .locator('meter')
                .evaluate((m) => (m as HTMLMeterElement).value),
            { timeout: 5_000, interval: 50 },
          )
          .toBeGreaterThan(0);
      }
      await page.waitForTimeout(1500);
      await stop.click();
      await expect.poll(() => row(page, key).getAttribute('data-voice-status'), { timeout: 10_000 }).toBe('recorded');
    }
    expect(await page.getByTestId('voice-progress').textContent()).toMatch(/^Inspelade: 3 av \d+\.$/);
    expect(await page.getByTestId('voice-storage').textContent()).toMatch(/MB/);

    await row(page, KEYS[0]).getByTestId('voice-play').click();
    await expect.poll(() => endedPlays(page), { timeout: 15_000 }).toBe(1);
    await screenshot(page, 'voice-recordings');
    expect(formatViolations(await runAxe(page))).toBe('');
  });

  it('saves a voice pack, erases, refuses a pack with a changed hash (nothing written), loads the real one and plays it', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('voice-export').click()]);
    expect(download.suggestedFilename()).toBe('hjulet-voice-so-6-12.json');
    packFile = path.join(dir, 'pack.json');
    await download.saveAs(packFile);
    const pack = JSON.parse(readFileSync(packFile, 'utf8')) as { lang: string; band: string; entries: Array<{ key: string; mime: string; audioHash: string }> };
    expect(pack.lang).toBe('so');
    expect(pack.band).toBe('6-12');
    expect(pack.entries.map((e) => e.key).sort()).toEqual([...KEYS].sort());
    expect(pack.entries.every((e) => e.mime.startsWith('audio/'))).toBe(true);

    await page.getByTestId('voice-erase').click();
    await page.getByTestId('voice-erase-confirm').click();
    await expect.poll(() => statuses(page)).toEqual(['missing', 'missing', 'missing']);
    await expect.poll(() => page.getByTestId('voice-storage').textContent()).toBe('Det finns inga inspelningar på enheten.');

    const tampered = structuredClone(pack);
    const first = tampered.entries[0];
    if (first) first.audioHash = (first.audioHash[0] === 'a' ? 'b' : 'a') + first.audioHash.slice(1);
    await page
      .getByTestId('voice-import')
      .setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect.poll(() => page.getByTestId('voice-pack-message').textContent()).toContain('stämmer inte med sin kontrollsumma');
    expect(await page.getByTestId('voice-pack-message').textContent()).toContain('ingenting sparades');
    expect(await statuses(page)).toEqual(['missing', 'missing', 'missing']);
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('hjulet');
          open.onsuccess = () => {
            const count = open.result.transaction('recordings').objectStore('recordings').count();
            count.onsuccess = () => {
              resolve(count.result);
              open.result.close();
            };
            count.onerror = () => reject(new Error('count'));
          };
          open.onerror = () => reject(new Error('open'));
        }),
    );
    expect(stored).toBe(0);

    await page.getByTestId('voice-import').setInputFiles(packFile);
    await expect.poll(() => page.getByTestId('voice-pack-message').textContent()).toBe('Inspelningar som lästes in: 3.');
    await expect.poll(() => statuses(page)).toEqual(['recorded', 'recorded', 'recorded']);
    await row(page, KEYS[1]).getByTestId('voice-play').click();
    await expect.poll(() => endedPlays(page), { timeout: 15_000 }).toBe(2);
  });

  it('gives the Somali child turn its read-aloud button, which plays the recordings one after another, and the area panel one in Somali', async () => {
    await openFresh(page, `${app.url}#/child-turn/${conversationId}?lang=so`);
    const button = page.locator('[data-child-area="safe"] [data-testid="read-aloud"]').first();
    await button.waitFor({ timeout: 20_000 });
    const before = await endedPlays(page);
    await button.click();
    // While a recording plays, its text on screen is marked (a child can follow along): the name first.
    const reading = page.locator('[data-child-area="safe"] [data-reading]');
    await expect.poll(() => reading.first().textContent(), { timeout: 10_000 }).toBe('Ammaan ah');
    // The name, the text for the child and the question: three recordings, each to its end.
    await expect.poll(() => endedPlays(page), { timeout: 20_000 }).toBe(before + 3);
    expect(await reading.count()).toBe(0);

    // The conversation's area panel reads the area in the app's language: not in Swedish (no voice, no
    // recordings), and in Somali once the app is in Somali.
    await openFresh(page, `${app.url}#/conversation/${conversationId}?area=safe`);
    const panelButton = page.locator('[data-area-panel="safe"] [data-testid="read-aloud"]');
    await page.locator('[data-area-panel="safe"]').waitFor();
    await page.waitForTimeout(500);
    expect(await panelButton.count()).toBe(0);
    await page.getByTestId('language-switcher').first().selectOption('so');
    await panelButton.waitFor({ timeout: 20_000 });
    await page.getByTestId('language-switcher').first().selectOption('sv');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');

    // The public wheel page (in Somali by its link) reads the area chosen, with the same recordings (the name and the child's text).
    await openFresh(page, `${app.url}#/wheel?lang=so`);
    const publicButton = page.locator('#public-area-safe [data-testid="read-aloud"]');
    await publicButton.waitFor({ timeout: 20_000 });
    const beforePublic = await endedPlays(page);
    await publicButton.click();
    await expect.poll(() => endedPlays(page), { timeout: 20_000 }).toBe(beforePublic + 2);
    // Another area has no recording and this browser no Somali voice: no button there.
    await page.locator('[data-testid="wheel"] [data-area="healthy"]').click();
    await page.waitForTimeout(300);
    expect(await page.locator('.public-areas [data-testid="read-aloud"]').count()).toBe(0);

    // The link's language is the app's language from now on: back to Swedish for the tests after this one.
    await openFresh(page, `${app.url}#/wheel?lang=sv`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
  });

  it('keeps the recordings after a reload and plays them with no server and no network', async () => {
    await page.goto(app.url);
    await waitForController(page);
    await app.close();
    serverClosed = true;
    await context.setOffline(true);
    await page.reload();
    await recordingsPage(page, app.url);
    await expect.poll(() => statuses(page)).toEqual(['recorded', 'recorded', 'recorded']);
    await openFresh(page, `${app.url}#/child-turn/${conversationId}?lang=so`);
    const button = page.locator('[data-child-area="safe"] [data-testid="read-aloud"]').first();
    await button.waitFor({ timeout: 20_000 });
    const before = await endedPlays(page);
    await button.click();
    await expect.poll(() => endedPlays(page), { timeout: 20_000 }).toBe(before + 3);
    expect(guard.foreign).toEqual([]);
  });

  it('loads the voice pack a host put next to the app, on another device with no recordings', async () => {
    // The same build, served with the pack saved above as voice-packs/so-6-12.json.
    const hosted = path.join(dir, 'hosted');
    cpSync(path.join(ROOT, 'dist'), hosted, { recursive: true });
    mkdirSync(path.join(hosted, 'voice-packs'), { recursive: true });
    cpSync(packFile, path.join(hosted, 'voice-packs', 'so-6-12.json'));
    // Listed in the host's index, which the static pages read before they ask for a pack.
    writeFileSync(path.join(hosted, 'voice-packs', 'index.json'), JSON.stringify({ format: 'hjulet-voice-pack-list', version: 1, packs: ['so-6-12'] }));
    const host = await startApp({ dir: hosted });
    const other = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'allow' });
    const otherGuard = guardOrigins(other, host.origin);
    await trackPlays(other);
    try {
      const otherPage = await other.newPage();
      // The static Somali page the poster's QR code opens plays the host's pack with nothing imported: the
      // first area's button comes, the others (no recording, no Somali voice here) stay hidden.
      await otherPage.goto(`${host.url}wheel/so/`);
      const safe = otherPage.locator('[data-read-area="area-safe"]');
      await safe.waitFor({ state: 'visible', timeout: 20_000 });
      expect(await otherPage.locator('[data-read-area="area-healthy"]').isVisible()).toBe(false);
      await safe.click();
      await expect.poll(() => otherPage.locator('#area-safe [data-reading]').first().textContent(), { timeout: 10_000 }).toBe('Ammaan ah');
      await expect.poll(() => endedPlays(otherPage), { timeout: 20_000 }).toBe(2);
      expect(await otherPage.locator('[data-reading]').count()).toBe(0);
      // Once the service worker has the page, the pack is kept for offline: the next visit with no network reads too.
      await waitForController(otherPage);
      await expect
        .poll(
          () =>
            otherPage.evaluate(
              async () => (await caches.keys()).includes('hjulet-voice-packs') && (await (await caches.open('hjulet-voice-packs')).keys()).length,
            ),
          {
            timeout: 15_000,
          },
        )
        .toBe(2);
      await other.setOffline(true);
      await otherPage.reload();
      await safe.waitFor({ state: 'visible', timeout: 20_000 });
      await safe.click();
      await expect.poll(() => endedPlays(otherPage), { timeout: 20_000 }).toBe(2);
      await other.setOffline(false);

      await recordingsPage(otherPage, host.url);
      expect(await statuses(otherPage)).toEqual(['missing', 'missing', 'missing']);
      await otherPage.getByTestId('voice-host').click();
      await expect.poll(() => otherPage.getByTestId('voice-pack-message').textContent()).toBe('Inspelningar som lästes in: 3.');
      await expect.poll(() => statuses(otherPage)).toEqual(['recorded', 'recorded', 'recorded']);
      // No pack for another age: said plainly.
      await otherPage.getByTestId('voice-band').selectOption('0-5');
      await otherPage.getByTestId('voice-host').click();
      await expect.poll(() => otherPage.getByTestId('voice-pack-message').textContent()).toBe('Den här tjänsten har inget röstpaket för språket och åldern.');
      expect(otherGuard.foreign).toEqual([]);
    } finally {
      await other.close();
      await host.close();
    }
  });
});
