// The public wheel page (#/wheel?lang=xx) in Chromium, WebKit and Firefox, in all six languages: the wheel's
// DOM contract, the keyboard in reading order, and every label drawn with its lines in order (compared with
// Chromium's pixels: WebKit once swapped the two lines of Arabic labels while its DOM looked right).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { AREA_IDS } from '../../../src/domain/wheel';
import { ROOT } from '../harness';
import { waitForSelector, waitUntil, type EnginePage, type Key } from './driver';
import { forEachEngine } from './session';
import { chromiumReference } from './reference';
import { labelProblems, readLabelInk } from './wheelLabels';

const LANGUAGES = ['sv', 'en', 'fi', 'so', 'ar', 'kmr'] as const;
const RTL = new Set(['ar']);

function areaLabels(lng: string): string[] {
  const wheel = JSON.parse(readFileSync(path.join(ROOT, `locales/${lng}/wheel.json`), 'utf8')) as { areas: Record<string, { label: string }> };
  return AREA_IDS.map((id) => wheel.areas[id]?.label ?? `(no label for ${id})`);
}

async function openPublicWheel(page: EnginePage, url: string, lng: string): Promise<void> {
  await page.open(`${url}#/wheel?lang=${lng}`);
  await waitUntil(page, (lng) => document.documentElement.lang === lng, lng, { what: `<html lang="${lng}">` });
  await waitForSelector(page, '[data-testid="wheel"] [data-area="included"]');
  // The language's texts arrive in a chunk of their own: wait until the wheel speaks it.
  await waitUntil(
    page,
    (labels) => labels.every((label, i) => document.querySelectorAll('[data-testid="wheel"] [data-area]')[i]?.getAttribute('aria-label') === label),
    areaLabels(lng),
    { what: `the wheel's areas named in ${lng}` },
  );
}

const reference = chromiumReference(async (page, url, lng) => {
  await openPublicWheel(page, url, lng);
  return readLabelInk(page);
});

/** The wheel's areas as a screen reader and the keyboard see them. */
function wheelState(page: EnginePage) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="wheel"] [data-area]')).map((area) => ({
      id: area.getAttribute('data-area'),
      role: area.getAttribute('role'),
      pressed: area.getAttribute('aria-pressed'),
      tabIndex: area.getAttribute('tabindex'),
      name: area.getAttribute('aria-label'),
      focused: document.activeElement === area,
    })),
  );
}

async function focusedArea(page: EnginePage): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-area') ?? null);
}

forEachEngine('the public wheel', (s) => {
  for (const lng of LANGUAGES) {
    it(`in ${lng}: areas, keyboard in reading order, labels drawn in order`, async () => {
      const { page } = s;
      await openPublicWheel(page, s.app.url, lng);
      const rtl = RTL.has(lng);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lng, rtl ? 'rtl' : 'ltr']);

      // The labels, pixel by pixel, against Chromium's (before anything is focused or selected anew).
      const drawn = await readLabelInk(page);
      expect(drawn.map((label) => label.lines.join(' '))).toEqual(areaLabels(lng));
      expect(labelProblems(await reference(lng), drawn)).toEqual([]);

      // DOM contract: eight buttons in wheel order, named in the language, the first pressed and tabbable.
      const labels = areaLabels(lng);
      const state = await wheelState(page);
      expect(state.map((a) => [a.id, a.role, a.name])).toEqual(AREA_IDS.map((id, i) => [id, 'button', labels[i]]));
      expect(state.map((a) => a.pressed)).toEqual(AREA_IDS.map((id) => (id === 'safe' ? 'true' : 'false')));
      expect(state.filter((a) => a.tabIndex === '0').map((a) => a.id)).toEqual(['safe']);

      // Tab reaches the wheel at its one tabbable area.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
      let reached: string | null = null;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.press('Tab');
        reached = await focusedArea(page);
      }
      expect(reached).toBe('safe');

      // Arrows follow the reading direction: forward is ArrowRight, in Arabic ArrowLeft; Down/Up too.
      const forward: Key = rtl ? 'ArrowLeft' : 'ArrowRight';
      const backward: Key = rtl ? 'ArrowRight' : 'ArrowLeft';
      const steps: Array<[Key, string]> = [
        [forward, 'healthy'],
        ['ArrowDown', 'achieving'],
        [backward, 'healthy'],
        ['ArrowUp', 'safe'],
        [backward, 'included'],
        ['Home', 'safe'],
        ['End', 'included'],
      ];
      for (const [key, expected] of steps) {
        await page.press(key);
        expect(await focusedArea(page), `${key} → ${expected}`).toBe(expected);
        await waitUntil(page, (id) => document.querySelector(`[data-area="${id}"]`)?.getAttribute('aria-pressed') === 'true', expected, {
          what: `${expected} pressed`,
        });
      }
      const after = await wheelState(page);
      expect(after.filter((a) => a.pressed === 'true').map((a) => a.id)).toEqual(['included']);
      expect(after.filter((a) => a.tabIndex === '0').map((a) => a.id)).toEqual(['included']);

      // A click selects too.
      await page.click('[data-testid="wheel"] [data-area="active"]');
      await waitUntil(page, () => document.querySelector('[data-area="active"]')?.getAttribute('aria-pressed') === 'true', null, {
        what: 'active pressed after a click',
      });
    });
  }
});
