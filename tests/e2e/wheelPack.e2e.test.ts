// Wheel packs in the real app (issue 15): a host's wheel-pack.json and one imported in settings show on
// the wheel, in the summary and offline after one visit; a damaged pack gives a notice and changes nothing.
// The host case serves a copy of dist/ with the file put in, as a region would deploy it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sv from '../../locales/sv/wheel.json';
import { collectConsole, ensureBuild, guardOrigins, openBrowser, startApp, type OpenedBrowser, type RunningApp } from './harness';
import { addChild, ratingInput, startConversation } from './helpers/app';
import { appSession } from './helpers/session';
import { waitForController, waitForWheel } from './pwaHelpers';

const LABELS = {
  safe: 'Skyddad',
  healthy: 'Frisk',
  achieving: 'Lär sig',
  nurtured: 'Omhändertagen',
  active: 'Rör på sig',
  respected: 'Lyssnad på',
  responsible: 'Tar ansvar',
  // Long enough to be drawn on two lines.
  included: 'Med i gemenskapen',
} as const;

function regionPack(name: string) {
  return {
    format: 'hjulet-wheel-pack',
    version: 1,
    name,
    source: 'Regionens samtalsmaterial 2025',
    texts: {
      sv: { areas: Object.fromEntries(Object.entries(LABELS).map(([id, label]) => [id, { label }])) },
      so: { areas: { safe: { label: 'Nabad' } } },
    },
  };
}

async function openFresh(page: Page, url: string): Promise<void> {
  // about:blank first, so that the next goto is a real page load, not a hash change.
  await page.goto('about:blank');
  await page.goto(url);
}

const areaName = (page: Page, id: string) => page.locator(`[data-testid="wheel"] [data-area="${id}"]`).first().getAttribute('aria-label');
/** The area's label as drawn: its lines (one <text> each), joined by the space the line break took. */
const areaText = async (page: Page, id: string) => (await page.locator(`[data-testid="wheel"] [data-area="${id}"] .wheel-label`).allTextContents()).join(' ');

/** The public wheel shows the pack's labels (visible and in the names), and built-in texts where it has none. */
async function expectPackOnWheel(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/wheel`);
  await waitForWheel(page);
  await expect.poll(() => areaText(page, 'safe')).toBe(LABELS.safe);
  for (const [id, label] of Object.entries(LABELS)) {
    expect(await areaText(page, id), id).toBe(label);
    expect(await areaName(page, id), id).toBe(label);
  }
  // Key by key: the pack has no meaning for "safe", so the built-in one shows beside the pack's label.
  const safe = page.locator('#public-area-safe');
  expect(await safe.locator('.area-label').innerText()).toBe(LABELS.safe);
  expect(await safe.locator('.area-meaning').innerText()).toBe(sv.areas.safe.meaning);
}

/** A conversation with "safe" rated: its summary names the area with the pack's label. */
async function expectPackInSummary(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await addChild(page, 'Pack');
  const conversationId = await startConversation(page);
  await ratingInput(page, 'child', 4).check();
  await expect
    .poll(() =>
      page
        .getByTestId('save-status')
        .getAttribute('data-state')
        .catch(() => 'saved'),
    )
    .toBe('saved');
  await expect.poll(() => areaName(page, 'safe')).toMatch(new RegExp(`^${LABELS.safe}: `));
  await page.goto(`${url}#/summary/${encodeURIComponent(conversationId)}`);
  const summary = page.locator('.summary-doc').first();
  await summary.waitFor();
  await expect.poll(() => summary.innerText()).toContain(LABELS.safe);
  expect(await summary.innerText()).not.toContain(sv.areas.safe.label);
}

/** After one visit, with the network off, a new start still shows the pack's labels. */
async function expectPackOffline(opened: OpenedBrowser, url: string, cached?: string): Promise<void> {
  const { page, context } = opened;
  await page.goto(`${url}#/wheel`);
  await waitForController(page, 60_000);
  if (cached) {
    // The host's file is cached by the worker's own route once it controls the page.
    await expect
      .poll(() => page.evaluate(async (file) => Boolean(await (await caches.open('hjulet-wheel-pack')).match(file)), cached), { timeout: 30_000 })
      .toBe(true);
  }
  await context.setOffline(true);
  try {
    await openFresh(page, `${url}#/wheel`);
    await waitForWheel(page);
    await expect.poll(() => areaText(page, 'safe'), { timeout: 15_000 }).toBe(LABELS.safe);
    expect(await areaText(page, 'included')).toBe(LABELS.included);
  } finally {
    await context.setOffline(false);
  }
}

describe("a host's wheel-pack.json next to index.html", () => {
  let fixture: string;
  let app: RunningApp;
  let opened: OpenedBrowser;

  beforeAll(async () => {
    fixture = path.join(mkdtempSync(path.join(tmpdir(), 'hjulet-pack-')), 'dist');
    cpSync(ensureBuild(), fixture, { recursive: true });
    writeFileSync(path.join(fixture, 'wheel-pack.json'), JSON.stringify(regionPack('Region Testby'), null, 2));
    app = await startApp({ dir: fixture });
  });
  afterAll(async () => {
    await opened?.close();
    await app?.close();
    rmSync(path.dirname(fixture), { recursive: true, force: true });
  });

  it('shows its labels on the wheel, in the summary and offline, and names it in the footer', async () => {
    opened = await openBrowser();
    const guard = guardOrigins(opened.context, app.origin);
    const log = collectConsole(opened.page);
    const { page } = opened;
    await expectPackOnWheel(page, app.url);
    await expect.poll(() => page.getByTestId('about-texts-link').innerText()).toBe('Om texterna: Region Testby');
    // Somali has only the safe label in the pack: every other Somali text is the built-in one.
    await page.goto(`${app.url}#/wheel?lang=so`);
    await expect.poll(() => areaText(page, 'safe')).toBe('Nabad');
    expect(await areaText(page, 'healthy')).toBe('Caafimaad qaba');
    await page.goto(`${app.url}#/`);
    await page.getByTestId('language-switcher').selectOption('sv');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expectPackInSummary(page, app.url);
    await page.goto(`${app.url}#/accessibility?about=texts`);
    await expect.poll(() => page.locator('[data-testid="about-texts"] [data-testid="pack-in-use"]').getAttribute('data-origin')).toBe('host');
    expect(await page.getByTestId('about-texts').innerText()).toContain('GIRFEC');
    await expectPackOffline(opened, app.url, `${app.url}wheel-pack.json`);
    expect(guard.foreign).toEqual([]);
    expect(log.errors()).toEqual([]);
  });
});

describe('a wheel pack imported in settings', () => {
  const session = appSession();

  async function importFile(page: Page, name: string, content: string) {
    await page.getByTestId('wheel-pack-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') });
  }

  it('shows on the wheel, in the summary and offline; a damaged one gives the notice and changes nothing', async () => {
    const { page } = session.opened;
    const url = session.app.url;
    await page.goto(`${url}#/settings`);
    const settings = page.getByTestId('wheel-pack-settings');
    await settings.waitFor();
    // The build's own wheel-pack.json is empty: the built-in texts are in use, and no notice.
    await expect.poll(() => settings.getByTestId('pack-name').innerText()).toBe('Hjulets egna texter');
    expect(await settings.getByTestId('wheel-pack-host-invalid').count()).toBe(0);

    await importFile(page, 'region.json', JSON.stringify(regionPack('Region Importby')));
    await expect.poll(() => settings.getByTestId('wheel-pack-status').innerText()).toBe('Hjulpaketet är importerat och används nu.');
    expect(await settings.getByTestId('pack-name').innerText()).toBe('Region Importby');
    await expectPackOnWheel(page, url);
    await expectPackInSummary(page, url);

    // Damaged files: each is refused with its reason, and the imported pack stays in use.
    const damaged: Array<[string, string]> = [
      ['{"format": "hjulet-wheel-pack", "texts": ', 'Hjulpaketet kunde inte användas: filen är inte giltig JSON. Ingenting har ändrats.'],
      [
        JSON.stringify({ ...regionPack('Trasig'), texts: { sv: { areas: { happy: { label: 'Glad' } } } } }),
        'Hjulpaketet kunde inte användas: texts.sv.areas.happy är inget av hjulets åtta områden. Ingenting har ändrats.',
      ],
      [
        JSON.stringify({ ...regionPack('Trasig'), texts: { sv: { areas: { safe: { label: 'Hej {{name}}' } } } } }),
        'Hjulpaketet kunde inte användas: texts.sv.areas.safe.label har andra platshållare än Hjulets egen text. Ingenting har ändrats.',
      ],
    ];
    for (const [content, notice] of damaged) {
      await page.goto(`${url}#/settings`);
      await settings.waitFor();
      await importFile(page, 'broken.json', content);
      await expect.poll(() => settings.getByTestId('wheel-pack-error').innerText()).toBe(notice);
      expect(await settings.getByTestId('pack-name').innerText()).toBe('Region Importby');
    }
    // Nothing changed on the device either: a new start still uses the good pack.
    await expectPackOffline(session.opened, url);

    await page.goto(`${url}#/settings`);
    await settings.getByTestId('wheel-pack-remove').click();
    await expect.poll(() => settings.getByTestId('pack-name').innerText()).toBe('Hjulets egna texter');
    await page.goto(`${url}#/wheel`);
    await expect.poll(() => areaText(page, 'safe')).toBe(sv.areas.safe.label);
  });
});
