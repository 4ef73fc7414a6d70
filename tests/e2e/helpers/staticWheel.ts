// What every static public wheel page (<base>wheel/<lang>/) must show, with or without scripts: the
// language and direction, the wheel with a pictogram in each of its eight areas, and every area's label,
// meaning, child text and prompts from locales/<lng>/wheel.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from './build';

export const AREAS = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'] as const;

interface AreaTexts {
  label: string;
  meaning: string;
  child: string;
  prompts: string[];
}

export function wheelTexts(lng: string): Record<string, AreaTexts> {
  return (JSON.parse(readFileSync(path.join(ROOT, 'locales', lng, 'wheel.json'), 'utf8')) as { areas: Record<string, AreaTexts> }).areas;
}

/** Whitespace as the browser lays it out, so texts compare whatever the markup's line breaks. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function expectStaticWheelPage(page: Page, lng: string): Promise<void> {
  expect(await page.locator('html').getAttribute('lang')).toBe(lng);
  expect(await page.locator('html').getAttribute('dir')).toBe(lng === 'ar' ? 'rtl' : 'ltr');
  const wheel = page.locator('[data-testid="wheel"] > svg');
  await wheel.waitFor({ state: 'visible' });
  const box = await wheel.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(200);
  const areas = wheelTexts(lng);
  for (const id of AREAS) {
    const area = areas[id] as AreaTexts;
    expect(await page.locator(`[data-testid="wheel"] [data-area="${id}"] [data-pictogram="${id}"]`).count(), id).toBe(1);
    // The label as drawn on the wheel (one <text> per line) and the area's own texts below it.
    const drawn = await page.locator(`[data-testid="wheel"] [data-area="${id}"] text`).allTextContents();
    expect(flat(drawn.join(' '))).toBe(flat(area.label));
    const section = flat(await page.locator(`#area-${id}`).innerText());
    for (const text of [area.label, area.meaning, area.child, ...area.prompts]) expect(section, `${lng} ${id}`).toContain(flat(text));
    expect(await page.locator(`#area-${id} [data-pictogram="${id}"]`).count()).toBe(1);
  }
}
