// Issue 5 end to end, the summary: printed to PDF in Swedish and Arabic side by side, copied as plain text,
// the wheel downloaded as PNG and SVG, shared where the browser can share files, and notes with HTML in
// them shown as text everywhere and never run.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  formatViolations,
  guardOrigins,
  openBrowser,
  runAxe,
  screenshot,
  startApp,
  ROOT,
  SCREENSHOT_DIR,
  type OpenedBrowser,
  type OriginGuard,
  type RunningApp,
} from './harness';
import { addChild, openArea, ratingInput, startConversation } from './helpers/app';
import { comparable, pdfFileText } from './helpers/pdfText';

const AREAS = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'] as const;
const SV_LABELS = ['Trygg', 'Må bra', 'Utvecklas', 'Omvårdad', 'Aktiv', 'Respekterad', 'Ansvarstagande', 'Delaktig'];
const XSS = '<img src=x onerror=alert(1)>';
const SV_NOTE = 'Trivs på fritids och med kompisarna';
const AR_NOTE = 'يحب المدرسة كثيرا';
const SV_ACTION = 'Samtal med skolsköterskan';

function arLabels(): string[] {
  const wheel = JSON.parse(readFileSync(path.join(ROOT, 'locales/ar/wheel.json'), 'utf8')) as { areas: Record<string, { label: string }> };
  return AREAS.map((id) => wheel.areas[id]?.label ?? '');
}

type JsdomModule = { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
const XmlParser = new JSDOM('').window.DOMParser;

let app: RunningApp;
let opened: OpenedBrowser;
let guard: OriginGuard;
let dialogs: string[];
let requestsToX: string[];
let workDir: string;

beforeAll(async () => {
  app = await startApp();
  workDir = mkdtempSync(path.join(tmpdir(), 'hjulet-export-'));
});
afterAll(async () => {
  await app?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});
beforeEach(async () => {
  opened = await openBrowser({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
  guard = guardOrigins(opened.context, app.origin);
  dialogs = [];
  requestsToX = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The payload's <img src=x> would request "<origin>/x" if it ever became an element.
  opened.context.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/x')) requestsToX.push(request.url());
  });
});
afterEach(async () => {
  await opened?.close();
  expect(guard.foreign).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(requestsToX).toEqual([]);
});

/** A conversation with Swedish and Arabic notes, HTML in a note and the alias, ratings and an action. */
async function conversationWithNotes(page: Page): Promise<string> {
  await page.goto(app.url);
  await addChild(page, `Kim ${XSS}`);
  await page.locator('#conversation-family-language').selectOption('ar');
  const id = await startConversation(page);
  await ratingInput(page, 'child', 4).check();
  await ratingInput(page, 'guardian', 2).check();
  await page.getByLabel('Det här går bra').fill(SV_NOTE);
  await page.getByLabel('Det här oroar').fill(AR_NOTE);
  await page.getByLabel('Det här behöver hända').fill(`Se upp ${XSS}`);
  await openArea(page, 'included');
  await ratingInput(page, 'professional', 5).check();
  await page.locator('[data-area-panel]').getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await page.getByLabel('Åtgärd 1: vad').fill(SV_ACTION);
  await page.getByLabel('Vem gör det').fill('Mentor');
  // Leaving through the summary link also flushes the autosave.
  await page.getByRole('link', { name: 'Sammanfattning och utskrift' }).click();
  await page.waitForURL(/#\/summary\//);
  await page.locator('.summary-doc').first().waitFor();
  return id;
}

async function noHtmlFromNotes(page: Page): Promise<void> {
  expect(await page.locator('img[onerror], img[src="x"]').count()).toBe(0);
}

describe('the summary page', () => {
  it('prints to PDF with Swedish and Arabic notes and area labels, side by side', async () => {
    const { page } = opened;
    await page.addInitScript(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed += 1;
      };
    });
    await conversationWithNotes(page);
    await page.getByLabel('Båda språken bredvid varandra').check();
    await page.locator('[data-column-lang="ar"] .summary-doc').waitFor();
    expect(await page.locator('[data-column-lang="ar"] .summary-doc').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-column-lang="ar"] .summary-doc').getAttribute('lang')).toBe('ar');

    await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

    await noHtmlFromNotes(page);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await screenshot(page, 'export-summary-sv-ar');

    const pdfPath = path.join(workDir, 'summary.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfFileText(pdfPath);
    const flat = comparable(text);
    // Swedish side: notes, action, every area label, the HTML as text.
    for (const needle of [SV_NOTE, SV_ACTION, `Se upp ${XSS}`, `Kim ${XSS}`, ...SV_LABELS]) expect(flat).toContain(comparable(needle));
    // Arabic side: the Arabic note and every Arabic area label.
    expect(flat).toContain(comparable(AR_NOTE));
    for (const label of arLabels()) expect(flat).toContain(comparable(label));
    const arSummary = path.join(ROOT, 'locales/ar/summary.json');
    if (existsSync(arSummary)) {
      const { title } = JSON.parse(readFileSync(arSummary, 'utf8')) as { title: string };
      expect(flat).toContain(comparable(title));
    }
    // The print view is clean: no buttons or page chrome.
    expect(text).not.toContain('Kopiera som text');
    expect(text).not.toContain('Skriv ut eller spara som PDF');
    expect(text).not.toContain('Inställningar');
  });

  it('copies the plain-text summary with one click and says so', async () => {
    const { page } = opened;
    await conversationWithNotes(page);
    await page.getByLabel('Appens språk (Svenska)').check();
    const column = page.locator('[data-column-lang="sv"]');
    await column.getByRole('button', { name: 'Kopiera som text' }).click();
    await expect.poll(() => column.getByRole('status').first().innerText()).toContain('Texten är kopierad');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe('Sammanfattning av samtalet');
    expect(copied).toContain(`Barn: Kim ${XSS}`);
    expect(copied).toContain('Trygg\n  Barnet: 4 av 5, Ganska bra\n  Vårdnadshavare: 2 av 5, Ganska svårt');
    expect(copied).toContain(`  Går bra: ${SV_NOTE}`);
    expect(copied).toContain(`  Oro: ${AR_NOTE}`);
    expect(copied).toContain(`  Nästa steg: Se upp ${XSS}`);
    expect(copied).toContain(`1. ${SV_ACTION}\n   Vem: Mentor`);
    expect(copied).toContain('Delaktig\n  Yrkesperson: 5 av 5, Mycket bra');
    // Plain text: no markup added by the app.
    expect(copied.replaceAll(XSS, '')).not.toMatch(/<[a-z]/i);
  });

  it('downloads the wheel as a valid PNG and SVG with the labels of the chosen language', async () => {
    const { page } = opened;
    await conversationWithNotes(page);
    await page.getByLabel('Familjens språk', { exact: true }).check();
    const column = page.locator('[data-column-lang="ar"]');
    await column.waitFor();

    const [png] = await Promise.all([page.waitForEvent('download'), column.getByRole('button', { name: 'Ladda ner hjulet som bild (PNG)' }).click()]);
    expect(png.suggestedFilename()).toMatch(/^hjulet-\d{4}-\d{2}-\d{2}-ar\.png$/);
    const pngBytes = readFileSync(await png.path());
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngBytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const width = pngBytes.readUInt32BE(16);
    const height = pngBytes.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(1000);
    expect(Math.abs(width / height - 1)).toBeLessThan(0.1);
    // A drawn wheel, not an empty canvas: a compressed picture this size holds a lot of detail.
    expect(pngBytes.length).toBeGreaterThan(20_000);
    // Kept for a person to look at (pictograms, labels, right to left).
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(path.join(SCREENSHOT_DIR, 'export-wheel-ar.png'), pngBytes);

    const [svg] = await Promise.all([page.waitForEvent('download'), column.getByRole('button', { name: 'Ladda ner hjulet som bild (SVG)' }).click()]);
    expect(svg.suggestedFilename()).toMatch(/-ar\.svg$/);
    const svgText = readFileSync(await svg.path(), 'utf8');
    const doc = new XmlParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(doc.documentElement.localName).toBe('svg');
    const svgWords = doc.documentElement.textContent ?? '';
    for (const label of arLabels()) for (const word of label.split(' ')) expect(svgWords).toContain(word);
    // The alias with HTML is text in the picture, never an element.
    expect(svgWords).toContain(`Kim ${XSS}`);
    expect(doc.getElementsByTagName('img').length).toBe(0);
    expect(svgText).not.toContain('<img');
    // Fonts travel inside the file (no link to the app or anywhere else).
    expect(svgText).toContain('data:font/woff2;base64,');
    expect(svgText).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    // Every area carries its pictogram, as decoration (the picture's name is its title).
    for (const id of AREAS) {
      const pictogram = doc.querySelector(`g[data-area="${id}"] > svg[data-pictogram="${id}"]`);
      expect(pictogram?.getAttribute('aria-hidden')).toBe('true');
      expect(pictogram?.children.length).toBeGreaterThan(1);
    }

    // Swedish picture too, with Swedish labels.
    await page.getByLabel('Appens språk (Svenska)').check();
    const [svSvg] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-column-lang="sv"]').getByRole('button', { name: 'Ladda ner hjulet som bild (SVG)' }).click(),
    ]);
    const svWords = new XmlParser().parseFromString(readFileSync(await svSvg.path(), 'utf8'), 'image/svg+xml').documentElement.textContent ?? '';
    for (const label of SV_LABELS) expect(svWords.replace(/\s+/g, ' ')).toContain(label);
  });

  it('shares the picture where the browser can share files, and downloads it when sharing is refused', async () => {
    const { page } = opened;
    await page.addInitScript(() => {
      const w = window as unknown as { __shared: Array<{ name: string; type: string; size: number }>; __refuse: boolean };
      w.__shared = [];
      w.__refuse = false;
      Object.defineProperty(navigator, 'canShare', { configurable: true, value: (data: ShareData) => Array.isArray(data.files) });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          if (w.__refuse) throw new DOMException('no activation', 'NotAllowedError');
          for (const file of data.files ?? []) w.__shared.push({ name: file.name, type: file.type, size: file.size });
        },
      });
    });
    await conversationWithNotes(page);
    const column = page.locator('[data-column-lang="sv"]');
    await column.getByRole('button', { name: 'Dela hjulet som bild' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared.length)).toBe(1);
    const [shared] = await page.evaluate(() => (window as unknown as { __shared: Array<{ name: string; type: string; size: number }> }).__shared);
    expect(shared?.type).toBe('image/png');
    expect(shared?.name).toMatch(/-sv\.png$/);
    expect(shared?.size).toBeGreaterThan(10_000);
    await expect.poll(() => column.getByTestId('image-status').innerText()).toBe('Bilden är delad.');

    await page.evaluate(() => {
      (window as unknown as { __refuse: boolean }).__refuse = true;
    });
    const [download] = await Promise.all([page.waitForEvent('download'), column.getByRole('button', { name: 'Dela hjulet som bild' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
  });

  it('shows notes with HTML as text in the conversation, the summary and print, and never runs them', async () => {
    const { page } = opened;
    const conversationId = await conversationWithNotes(page);
    await expect.poll(() => page.locator('.summary-doc').first().innerText()).toContain(`Se upp ${XSS}`);
    await noHtmlFromNotes(page);
    await page.emulateMedia({ media: 'print' });
    await noHtmlFromNotes(page);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${app.url}#/conversation/${conversationId}?area=safe`);
    await expect.poll(() => page.getByLabel('Det här behöver hända').inputValue()).toBe(`Se upp ${XSS}`);
    await page.goto(`${app.url}#/`);
    await page.getByText(`Kim ${XSS}`).first().waitFor();
    await noHtmlFromNotes(page);
    // Give a would-be onerror handler time to fire before the dialog check in afterEach.
    await page.waitForTimeout(300);
  });
});
