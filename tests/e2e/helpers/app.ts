// Steps through the app the way a user does, shared by the e2e tests.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Adds a child from the home screen and waits on the child's page. Labels are Swedish (the default). */
export async function addChild(page: Page, alias: string): Promise<string> {
  await page.locator('#add-child-heading').waitFor();
  await page.locator('.add-child').getByLabel('Alias', { exact: true }).fill(alias);
  await page.locator('.add-child').getByRole('button', { name: 'Lägg till barn' }).click();
  await page.waitForURL(/#\/child\//);
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
  expect(id).not.toBe('');
  return id;
}

/** Starts a conversation from the child's page; returns its id. The safe area opens first. */
export async function startConversation(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Börja samtalet' }).click();
  await page.waitForURL(/#\/conversation\//);
  await page.locator('[data-testid="area-panel"]').waitFor();
  return decodeURIComponent(new URL(page.url()).hash.split('/')[2]?.split('?')[0] ?? '');
}

export async function openArea(page: Page, areaId: string): Promise<void> {
  await page.locator(`[data-area="${areaId}"]`).click();
  await page.locator(`[data-area-panel="${areaId}"]`).waitFor();
}

export function ratingInput(page: Page, perspective: string, rating: number | 'none') {
  return page.locator(`[data-area-panel] [data-perspective="${perspective}"] [data-rating="${rating}"] input`);
}

/** Visible text nodes of the page (not form values, not the language list), for "is everything translated". */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('select, option, textarea, script, style')) continue;
      const element = parent.closest('svg') ?? parent;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (getComputedStyle(parent).visibility === 'hidden') continue;
      out.push(text);
    }
    return out;
  });
}
