// Issue 8: axe-core (WCAG 2.2 A and AA tags) finds nothing on any view of the app in any of the six
// languages: home, child page, conversation with an area open, family view, summary, compare, search with
// results, public wheel, settings, accessibility statement, and the lock screen. One browser; the data goes
// in through the UI once, then the test loops over languages and views. Every text must exist too.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe, screenshot } from './harness';
import { appSession } from './helpers/session';
import { LANGUAGES, VIEWS, seedThroughUi, switchLanguage } from './helpers/views';
import { fillTurnOnForm } from './lockSteps';

const session = appSession();
const PASSPHRASE = 'tillgänglig lösenfras för test';

/** Axe's findings and any missing translation key, one line each (empty when all is well). */
async function problemsOn(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  const violations = formatViolations(await runAxe(page));
  if (violations) problems.push(...violations.split('\n').map((line) => `${where}: ${line}`));
  const missing = await page.evaluate(() => window.__hjuletMissingKeys ?? []);
  if (missing.length) problems.push(`${where}: missing texts ${[...new Set(missing)].join(', ')}`);
  await page.evaluate(() => {
    window.__hjuletMissingKeys = [];
  });
  return problems;
}

describe('accessibility of every view in every language (axe, WCAG 2.2 A/AA)', () => {
  it('finds no violation on any view in sv, en, fi, so, ar and kmr', async () => {
    const { page } = session.opened;
    const url = session.app.url;
    const seeded = await seedThroughUi(page, url);
    const problems: string[] = [];
    const checked: string[] = [];
    for (const lng of LANGUAGES) {
      await switchLanguage(page, lng);
      for (const view of VIEWS) {
        const where = `${lng} ${view.name}`;
        try {
          await view.open(page, url, seeded);
        } catch (error) {
          await screenshot(page, `a11y-${lng}-${view.name}-failed`).catch(() => undefined);
          throw new Error(`${where} did not open: ${error instanceof Error ? error.message : String(error)}`);
        }
        problems.push(...(await problemsOn(page, where)));
        checked.push(where);
      }
    }
    expect(checked).toHaveLength(LANGUAGES.length * VIEWS.length);
    expect(problems.join('\n')).toBe('');
    // Six languages × every view with axe each: minutes on a busy 2-core machine.
  }, 480_000);

  it('finds no violation on the lock screen in any language', async () => {
    const { page } = session.opened;
    const url = session.app.url;
    await page.goto(`${url}#/settings`);
    await page.locator('[data-testid="lock-settings"][data-lock="off"]').waitFor();
    await fillTurnOnForm(page, PASSPHRASE);
    await page.locator('[data-testid="lock-settings"][data-lock="on"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('lock-now').click();
    const lockScreen = page.locator('[data-testid="lock-screen"]');
    await lockScreen.waitFor();
    const problems: string[] = [];
    for (const lng of LANGUAGES) {
      await switchLanguage(page, lng);
      problems.push(...(await problemsOn(page, `${lng} lock screen`)));
    }
    // After a wrong passphrase: the message and the growing wait, in every language too.
    await page.locator('[data-testid="unlock-passphrase"]').fill('fel lösenfras');
    await page.locator('[data-testid="unlock-submit"]').click();
    await page.locator('[data-testid="unlock-wrong"]').waitFor({ timeout: 30_000 });
    for (const lng of LANGUAGES) {
      await switchLanguage(page, lng);
      await page.locator('[data-testid="unlock-wrong"]').waitFor();
      problems.push(...(await problemsOn(page, `${lng} lock screen, wrong passphrase`)));
    }
    expect(problems.join('\n')).toBe('');
  });
});
