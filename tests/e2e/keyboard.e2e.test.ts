// Issue 8: the whole journey with the keyboard alone — add a child, start a conversation, rate and write in
// all eight areas, agree an action, open the summary, save a backup in the settings — with a visible focus
// at every step: after each Tab, Shift+Tab and arrow key the focused element matches :focus-visible and
// shows it (an outline of at least 2 px, the rating option's outline around its hidden radio, or the wheel
// sector's focus stroke). No mouse click anywhere.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness';
import { appSession } from './helpers/session';

const session = appSession();
const AREAS = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'];

interface Target {
  /** CSS selector the focused element must match. */
  css?: string;
  /** Its name (aria-label, label text or text content) must match this pattern. */
  name?: RegExp;
}

/** '' when the focus is visible, else what is wrong; always with a short description of the element. */
async function focusProblem(page: Page): Promise<{ problem: string; element: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    // Past the last element the focus leaves the page for the browser's own controls: nothing to show here.
    if (!el || el === document.body || el === document.documentElement) return { problem: '', element: '(outside the page)' };
    const element = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-area') ? `[data-area=${el.getAttribute('data-area')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    // A date field's calendar button has the focus inside the field, where only :focus-within sees it.
    if (!el.matches(':focus-visible') && !el.matches('input[type="date"]:focus-within')) return { problem: 'not :focus-visible', element };
    const outlined = (node: Element) => {
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.visibility !== 'hidden';
    };
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return { problem: 'has no size', element };
    if (el.matches('[data-area]')) {
      const sector = el.querySelector('.wheel-sector');
      const stroke = sector ? parseFloat(getComputedStyle(sector).strokeWidth) : 0;
      return { problem: stroke >= 4 ? '' : `wheel sector stroke ${stroke}px, no focus stroke`, element };
    }
    const option = el.closest('.rating-option');
    if (option) return { problem: outlined(option) ? '' : 'rating option without a focus outline', element };
    return { problem: outlined(el) ? '' : 'no focus outline', element };
  });
}

async function focusedMatches(page: Page, target: Target): Promise<boolean> {
  return page.evaluate(
    ({ css, name }) => {
      const el = document.activeElement;
      if (!el) return false;
      if (css && !el.matches(css)) return false;
      if (name) {
        const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent ?? '') : [];
        const text = [el.getAttribute('aria-label') ?? '', ...labels, el.textContent ?? ''].map((t) => t.trim());
        if (!text.some((t) => new RegExp(name).test(t))) return false;
      }
      return true;
    },
    { css: target.css, name: target.name?.source },
  );
}

describe('keyboard only', () => {
  it('does the whole journey with a visible focus at every step', async () => {
    const { page } = session.opened;
    const problems: string[] = [];
    let steps = 0;

    /** Presses a key and checks that the focus is visible afterwards. */
    async function press(key: string) {
      await page.keyboard.press(key);
      steps++;
      const { problem, element } = await focusProblem(page);
      if (process.env.DEBUG_KEYBOARD) console.log(steps, key, element, problem);
      if (problem) problems.push(`after ${key} on step ${steps}: ${element}: ${problem}`);
    }

    /** Tabs (or Shift+Tabs) until the target has the focus, checking the focus on the way. */
    async function tabTo(target: Target, { back = false, max = 120 } = {}) {
      for (let i = 0; i < max; i++) {
        await press(back ? 'Shift+Tab' : 'Tab');
        if (await focusedMatches(page, target)) return;
      }
      await screenshot(page, 'keyboard-tab-to-failed').catch(() => undefined);
      throw new Error(`Tab never reached ${target.css ?? ''} ${target.name ?? ''}`);
    }

    await page.goto(session.app.url);
    await page.locator('#add-child-heading').waitFor();

    // Home (the app starts with the focus on the page's content): the add-child form.
    await tabTo({ css: 'input', name: /^Alias$/ });
    await page.keyboard.type('Tangent-Tove');
    await tabTo({ css: 'button[type="submit"]', name: /^Lägg till barn$/ });
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/child\//);
    await page.getByRole('button', { name: 'Börja samtalet' }).waitFor();

    // Child page: start a conversation.
    await tabTo({ css: 'button', name: /^Börja samtalet$/ });
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/conversation\//);
    await page.locator('[data-area-panel="safe"]').waitFor();

    // Into the wheel: the selected area is the one tab stop.
    await tabTo({ css: '[data-area="safe"]' });

    for (let i = 0; i < AREAS.length; i++) {
      const area = AREAS[i] as string;
      const panel = page.locator(`[data-area-panel="${area}"]`);
      await panel.waitFor();
      // The child's rating: Tab into its radio group (on "not rated"), arrows choose 5, 4 or 3.
      await tabTo({ css: '[data-perspective="child"] input[type="radio"]' });
      for (let k = 0; k <= i % 3; k++) await press('ArrowLeft');
      await expect.poll(() => panel.locator('[data-perspective="child"] .is-checked').getAttribute('data-rating')).toBe(String(5 - (i % 3)));
      await tabTo({ css: 'textarea[name="goingWell"]' });
      await page.keyboard.type(`Går bra i ${area}`);
      if (area === 'safe') {
        // An action: add it, then Shift+Tab back into its fields (they come before the add button).
        await tabTo({ css: 'button', name: /^Lägg till åtgärd$/ });
        await page.keyboard.press('Enter');
        await tabTo({ css: 'input', name: /^Åtgärd 1: vad$/ }, { back: true });
        await page.keyboard.type('Prata med mentorn');
        await press('Tab');
        expect(await focusedMatches(page, { css: 'input', name: /^Vem gör det$/ })).toBe(true);
        await page.keyboard.type('Mentor');
      }
      if (i < AREAS.length - 1) {
        // "Next: <area>" moves on and takes the focus to the new panel's heading.
        await tabTo({ css: 'button.step-next' });
        await press('Enter');
        await page.locator(`[data-area-panel="${AREAS[i + 1]}"]`).waitFor();
        await expect.poll(() => focusedMatches(page, { css: '.area-label' })).toBe(true);
      }
    }
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');

    // Back up through the page to the summary link in the conversation's header.
    await tabTo({ css: 'a', name: /^Sammanfattning och utskrift$/ }, { back: true, max: 200 });
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/summary\//);
    await page.locator('.summary-doc').first().waitFor();
    expect(await page.locator('.summary-doc').first().innerText()).toContain('Prata med mentorn');
    await tabTo({ css: 'button', name: /^Kopiera som text$/ });

    // Settings through the main menu, then save a backup with the keyboard.
    await tabTo({ css: '.app-nav a', name: /^Inställningar$/ }, { back: true, max: 200 });
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/settings/);
    await page.getByTestId('backup-export').waitFor();
    await tabTo({ css: '[data-testid="backup-export"] button[type="submit"]' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^hjulet-backup-.*\.json$/);

    expect(steps).toBeGreaterThan(100);
    if (problems.length) await screenshot(page, 'keyboard-focus-problem').catch(() => undefined);
    expect(problems).toEqual([]);
  });
});
