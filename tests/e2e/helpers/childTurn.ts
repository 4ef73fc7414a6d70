// Steps and probes for the child's turn (issue 12), driven by its DOM contract: child-turn-start opens it,
// the root is [data-testid="child-turn"], answers are [data-child-answer], own words child-words, hopes
// child-hopes, the exit child-turn-exit (held 1.5 s; with the lock on, then the passphrase).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { addChild, ratingInput, startConversation } from './app';

/** Unique words in the professional's notes: they must never be in the child's turn's DOM. */
export const NOTE_MARKERS = ['PROFNOTE-7f3a9c', 'WHOLENOTE-b41d22', 'ACTIONNOTE-c93e10'] as const;

export interface TurnSeed {
  childId: string;
  conversationId: string;
}

async function saved(page: Page) {
  await expect
    .poll(
      () =>
        page
          .getByTestId('save-status')
          .getAttribute('data-state')
          .catch(() => 'saved'),
      { timeout: 20_000 },
    )
    .toBe('saved');
}

/** A conversation with the professional's notes (each with a marker) and the guardian's and professional's ratings. */
export async function seedForTurn(page: Page, url: string, alias = 'Mio K'): Promise<TurnSeed> {
  await page.goto(url);
  const childId = await addChild(page, alias);
  const conversationId = await startConversation(page);
  const panel = page.locator('[data-area-panel="safe"]');
  await ratingInput(page, 'guardian', 2).check();
  await ratingInput(page, 'professional', 1).check();
  await panel.getByLabel('Det här går bra').fill(`Spelar på rasten ${NOTE_MARKERS[0]}`);
  await panel.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await panel.getByLabel('Åtgärd 1: vad').fill(`Prata med mentor ${NOTE_MARKERS[2]}`);
  await page.getByLabel('Anteckningar om hela samtalet').fill(`Mamma var med ${NOTE_MARKERS[1]}`);
  await saved(page);
  return { childId, conversationId };
}

declare global {
  interface Window {
    __turnLeaks?: string[];
    __turnChecks?: number;
  }
}

/**
 * Watches every document of the page (before any script of the app runs): whenever the child's turn is on
 * screen, any DOM change is followed by a look at the whole document, its attributes and its form values
 * for the note markers, the other perspectives' names and their rating marks. Anything found is kept in
 * window.__turnLeaks.
 */
export async function watchTurnForLeaks(page: Page, forbiddenWords: string[]): Promise<void> {
  await page.addInitScript(
    ({ markers, words }) => {
      window.__turnLeaks = [];
      window.__turnChecks = 0;
      const check = () => {
        const turn = document.querySelector('[data-testid="child-turn"]');
        if (!turn) return;
        window.__turnChecks = (window.__turnChecks ?? 0) + 1;
        const values = [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value);
        const everything = `${document.documentElement.outerHTML}\n${values.join('\n')}`;
        for (const marker of markers) if (everything.includes(marker)) window.__turnLeaks?.push(`note marker ${marker}`);
        for (const word of words) if (everything.includes(word)) window.__turnLeaks?.push(`word ${word}`);
        if (document.querySelector('.wheel-rating-guardian, .wheel-rating-professional, [data-perspective="guardian"], [data-perspective="professional"]')) {
          window.__turnLeaks?.push("another perspective's rating");
        }
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { markers: [...NOTE_MARKERS], words: forbiddenWords },
  );
}

export async function turnLeaks(page: Page): Promise<{ leaks: string[]; checks: number }> {
  return page.evaluate(() => ({ leaks: [...new Set(window.__turnLeaks ?? [])], checks: window.__turnChecks ?? 0 }));
}

export function turn(page: Page) {
  return page.locator('[data-testid="child-turn"]');
}

/** The area the child's turn shows now. */
export async function shownArea(page: Page): Promise<string | null> {
  return turn(page).locator('[data-child-area]').getAttribute('data-child-area');
}

/** Presses Tab until the focus is on an element matching `selector` (at most `max` times). */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function conversationAt(page: Page, url: string, conversationId: string, areaId?: string): Promise<void> {
  await page.goto(`${url}#/conversation/${encodeURIComponent(conversationId)}${areaId ? `?area=${areaId}` : ''}`);
  if (areaId) await page.locator(`[data-area-panel="${areaId}"]`).waitFor();
  else await page.locator('[data-testid="child-turn-start"]').waitFor();
}

/** A little longer than the 1.5 s the exit asks for. */
export const HOLD_MS = 2000;

/** Holds the exit down: with the mouse, or with a key (Space or Enter) after focusing it. */
export async function holdExit(page: Page, how: 'mouse' | 'Space' | 'Enter', wait: () => Promise<void> = () => page.waitForTimeout(HOLD_MS)): Promise<void> {
  const exit = page.getByTestId('child-turn-exit');
  if (how === 'mouse') {
    await exit.hover();
    await page.mouse.down();
    await wait();
    await page.mouse.up();
  } else {
    await exit.focus();
    await page.keyboard.down(how);
    await wait();
    await page.keyboard.up(how);
  }
}

/** Leaves the turn with the lock off (the hold alone) and waits for the conversation. */
export async function leaveTurn(page: Page): Promise<void> {
  await holdExit(page, 'Enter');
  await page.getByTestId('child-turn-start').waitFor();
}
