// Issue 17, the conversation guide and the privacy description: the guide in all six languages (every text
// there, the pictograms, reached from the first-run note), the privacy description in Swedish and English
// with the code's figures, said to be in those two languages in the others, printable; axe on both.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGUAGES } from '../../src/i18n/languages';
import {
  ROOT,
  collectConsole,
  formatViolations,
  guardOrigins,
  openBrowser,
  runAxe,
  screenshot,
  startApp,
  type ConsoleLog,
  type OpenedBrowser,
  type OriginGuard,
  type RunningApp,
} from './harness';

const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, 'locales', file), 'utf8')) as Record<string, unknown>;

let app: RunningApp;
let opened: OpenedBrowser;
let guard: OriginGuard;
let log: ConsoleLog;
let work: string;

beforeAll(async () => {
  app = await startApp();
  work = mkdtempSync(path.join(tmpdir(), 'hjulet-guide-'));
});
afterAll(async () => {
  await app?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});
beforeEach(async () => {
  opened = await openBrowser();
  guard = guardOrigins(opened.context, app.origin);
  log = collectConsole(opened.page);
});
afterEach(async () => {
  await opened?.close();
  expect(guard.foreign).toEqual([]);
  expect(log.errors()).toEqual([]);
});

/** Opens the app in a language (chosen as a user does, then kept), then the page. */
async function openIn(page: Page, lng: string, hash: string): Promise<void> {
  await page.goto(`${app.url}#/wheel?lang=${lng}`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lng);
  await page.goto('about:blank');
  await page.goto(`${app.url}${hash}`);
}

const missingKeys = (page: Page) => page.evaluate(() => window.__hjuletMissingKeys ?? []);

describe('the conversation guide', () => {
  it('is reached from the first-run note', async () => {
    const { page } = opened;
    await page.goto(app.url);
    await page.locator('[data-testid="first-run-guide"]').click();
    await page.waitForURL(/#\/guide$/);
    await page.getByRole('heading', { level: 1, name: json('sv/guide.json').title as string }).waitFor();
  });

  it('is complete in all six languages, with the pictograms, and axe finds nothing', async () => {
    const { page } = opened;
    for (const lng of LANGUAGES) {
      const guide = json(`${lng}/guide.json`) as Record<string, Record<string, { title: string; text: string }> & { heading: string }> & { title: string };
      await openIn(page, lng, '#/guide');
      await page.getByRole('heading', { level: 1, name: guide.title }).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe(lng === 'ar' ? 'rtl' : 'ltr');
      const body = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      for (const part of ['before', 'during', 'after'] as const) {
        const { heading, ...steps } = guide[part] as Record<string, { title: string; text: string }> & { heading: string };
        expect(body).toContain(heading);
        for (const step of Object.values(steps)) {
          expect(body, `${lng} ${step.title}`).toContain(step.title);
          expect(body).toContain(step.text);
        }
      }
      expect(await page.locator('.guide [data-pictogram]').count()).toBe(8);
      expect(await missingKeys(page)).toEqual([]);
      const violations = await runAxe(page);
      expect(violations, `${lng}\n${formatViolations(violations)}`).toEqual([]);
    }
    await screenshot(page, 'guide-kmr');
  });
});

describe('the privacy description', () => {
  it('is in Swedish with the code’s figures, switches to English, and prints', async () => {
    const { page } = opened;
    await page.goto(`${app.url}#/privacy`);
    const doc = page.locator('[data-testid="privacy-document"]');
    await doc.waitFor();
    expect(await doc.getAttribute('lang')).toBe('sv');
    const sv = json('documents/privacy-sv.json') as { title: string };
    expect(await doc.locator('h2').first().innerText()).toBe(sv.title);
    const text = await doc.innerText();
    expect(text).toMatch(/600\s000 iterationer/);
    expect(text).not.toContain('{{');
    // A row for every stored field, saying whether the lock seals it.
    expect(await doc.locator('table[data-record="conversation"] tbody tr').count()).toBeGreaterThan(15);
    expect(await doc.locator('table[data-record="child"] tr:has(code:text-is("alias")) td').last().innerText()).toBe('Ja');
    expect(await doc.locator('table[data-record="conversation"] tr:has(code:text-is("date")) td').last().innerText()).toBe('Nej');
    let violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    const file = path.join(work, 'privacy-sv.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(printed).toContain(sv.title);
    expect(printed).not.toContain('Skriv ut eller spara som PDF');

    await page.getByLabel('English').check();
    await expect.poll(() => doc.getAttribute('lang')).toBe('en');
    expect(await doc.innerText()).toMatch(/600,000 iterations/);
    violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(await missingKeys(page)).toEqual([]);
  });

  it('says in the other languages that it is in Swedish and English, and shows the English one', async () => {
    const { page } = opened;
    for (const lng of ['so', 'ar']) {
      await openIn(page, lng, '#/privacy');
      const doc = page.locator('[data-testid="privacy-document"]');
      await doc.waitFor();
      expect(await page.locator('.privacy-page .lead').first().innerText()).toBe((json(`${lng}/privacy.json`) as { available: string }).available);
      expect(await doc.getAttribute('lang')).toBe('en');
      expect(await doc.getAttribute('dir')).toBe('ltr');
      const violations = await runAxe(page);
      expect(violations, `${lng}\n${formatViolations(violations)}`).toEqual([]);
    }
    await screenshot(page, 'privacy-ar');
  });
});
