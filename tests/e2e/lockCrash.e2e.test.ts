// The page is killed (renderer crash) in the middle of turning the lock on, changing the passphrase and
// turning the lock off, at several moments. Reopened, the database is wholly in the old or wholly in the
// new state, every record opens, and none is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, startApp, type OpenedBrowser, type RunningApp } from './harness';
import { fillTurnOnForm, readRows, seedClear, turnOnLockInSettings, unlockWith, type DbRows } from './lockSteps';

const PASS = 'första lösenfrasen här';
const NEW_PASS = 'andra lösenfrasen här';
const CHILDREN = 300;
const PER_CHILD = 4;

let app: RunningApp;
let opened: OpenedBrowser;

beforeAll(async () => {
  app = await startApp();
  opened = await openBrowser();
});
afterAll(async () => {
  await opened?.close();
  await app?.close();
});

function sampleData() {
  const children = Array.from({ length: CHILDREN }, (_, i) => ({ id: `child-${i}`, alias: `Alias ${String(i).padStart(3, '0')}` }));
  const conversations = children.flatMap((child, i) =>
    Array.from({ length: PER_CHILD }, (_, k) => ({
      id: `conv-${i}-${k}`,
      childId: child.id,
      date: `2025-0${k + 1}-1${i % 10}`,
      notes: `Anteckning ${i}-${k}`,
    })),
  );
  return { children, conversations };
}

/** A fresh profile (context) with the sample data written in clear, the app on its home screen. */
async function freshContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await opened.browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.locator('[data-testid="first-run"]').waitFor();
  const { children, conversations } = sampleData();
  await seedClear(page, children, conversations);
  await page.locator('[data-testid="first-run-dismiss"]').click();
  return { context, page };
}

/** Kills the page's renderer process, as a crash or a killed tab would. */
async function crash(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

/** The database as it is on disk, read from a page of the app's origin that runs none of its code. */
async function rowsOnDisk(context: BrowserContext): Promise<DbRows> {
  const page = await context.newPage();
  await page.goto(`${app.url}icons/icon.svg`);
  const rows = await readRows(page);
  await page.close();
  return rows;
}

/** Every record, decoded or not, is there: same ids as seeded. */
function expectAllRows(rows: DbRows): void {
  const { children, conversations } = sampleData();
  expect(rows.children.map((c) => c.id).sort()).toEqual(children.map((c) => c.id).sort());
  expect(rows.conversations.map((c) => c.id).sort()).toEqual(conversations.map((c) => c.id).sort());
}

/** Rows are all sealed (lock on) or all in clear (lock off): never a mix the lock state cannot read. */
function lockStateOf(rows: DbRows): 'on' | 'off' {
  const on = rows.settings.some((s) => s.key === 'lock');
  const sealed = [...rows.children, ...rows.conversations].filter((row) => typeof row.sealed === 'string').length;
  if (!on) expect(sealed, 'sealed rows without a lock record').toBe(0);
  else expect(sealed, 'rows left in clear with the lock on').toBe(CHILDREN + CHILDREN * PER_CHILD);
  return on ? 'on' : 'off';
}

/** Opens the app in a new page and checks that every child is listed and a conversation's notes open. */
async function reopenAndCheck(context: BrowserContext, passphrase: string | undefined): Promise<Page> {
  const page = await context.newPage();
  await page.goto(app.url);
  if (passphrase) await unlockWith(page, passphrase);
  await expect.poll(() => page.locator('[data-testid="child-list"] li').count(), { timeout: 30_000 }).toBe(CHILDREN);
  await page.goto(`${app.url}#/conversation/conv-7-2?area=safe`);
  await expect.poll(() => page.getByLabel('Anteckningar om hela samtalet').inputValue(), { timeout: 15_000 }).toBe('Anteckning 7-2');
  return page;
}

describe('a page killed half-way', () => {
  it('while turning the lock on: all records open afterwards, in clear or all sealed', async () => {
    // First a complete run, to know how long turning on takes with this much data.
    const full = await freshContext();
    await full.page.goto(`${app.url}#/settings`);
    const started = Date.now();
    await fillTurnOnForm(full.page, PASS);
    await full.page.locator('[data-testid="lock-settings"][data-lock="on"]').waitFor({ timeout: 60_000 });
    const duration = Date.now() - started;
    await full.context.close();

    const outcomes: string[] = [];
    for (const fraction of [0.05, 0.3, 0.6, 0.85, 1.5]) {
      const { context, page } = await freshContext();
      await page.goto(`${app.url}#/settings`);
      await page.locator('[data-testid="lock-settings"]').waitFor();
      await fillTurnOnForm(page, PASS);
      await page.waitForTimeout(Math.round(duration * fraction));
      await crash(context, page);

      const rows = await rowsOnDisk(context);
      expectAllRows(rows);
      const state = lockStateOf(rows);
      outcomes.push(`${fraction}:${state}`);
      await reopenAndCheck(context, state === 'on' ? PASS : undefined);
      await context.close();
    }
    if (process.env.LOCK_CRASH_DEBUG) console.log(`turn-on ${duration} ms:`, outcomes.join(' '));
    // The kill really came before the end at least once, or this test would prove nothing.
    expect(
      outcomes.some((o) => o.endsWith(':off')),
      outcomes.join(' '),
    ).toBe(true);
  });

  it('while changing the passphrase or turning the lock off: the old or the new state, nothing lost', async () => {
    const { context, page } = await freshContext();
    await turnOnLockInSettings(page, PASS);
    let current = PASS;
    let rows = await readRows(page);
    const saltOf = (r: DbRows) => (r.settings.find((s) => s.key === 'lock')?.value as { kdf: { salt: string } } | undefined)?.kdf.salt;

    for (const delay of [50, 300, 700]) {
      const before = saltOf(rows);
      const settings = await context.newPage();
      await settings.goto(`${app.url}#/settings`);
      await unlockWith(settings, current);
      const next = current === PASS ? NEW_PASS : PASS;
      const form = settings.locator('[data-testid="change-passphrase"]');
      await form.locator('[data-testid="current-passphrase"]').fill(current);
      await form.locator('[data-testid="new-passphrase"]').fill(next);
      await form.locator('[data-testid="repeat-passphrase"]').fill(next);
      await form.getByRole('button', { name: 'Byt lösenfras' }).click();
      await settings.waitForTimeout(delay);
      await crash(context, settings);

      rows = await rowsOnDisk(context);
      expectAllRows(rows);
      expect(lockStateOf(rows)).toBe('on');
      // No record is rewritten by a passphrase change: only the wrapped key, in one write.
      if (saltOf(rows) !== before) current = next;
      if (process.env.LOCK_CRASH_DEBUG) console.log(`change after ${delay} ms:`, saltOf(rows) !== before ? 'new' : 'old');
      const check = await reopenAndCheck(context, current);
      await check.close();
    }

    for (const delay of [100, 500, 900]) {
      const settings = await context.newPage();
      await settings.goto(`${app.url}#/settings`);
      await settings.locator('[data-testid="lock-screen"], [data-testid="lock-settings"]').first().waitFor();
      const locked = await settings.locator('[data-testid="lock-screen"]').count();
      if (locked === 0) break; // turned off by the previous round
      await unlockWith(settings, current);
      const form = settings.locator('[data-testid="turn-off-lock"]');
      await form.locator('[data-testid="off-passphrase"]').fill(current);
      await form.getByRole('button', { name: 'Stäng av låset' }).click();
      await settings.waitForTimeout(delay);
      await crash(context, settings);

      rows = await rowsOnDisk(context);
      expectAllRows(rows);
      const state = lockStateOf(rows);
      if (process.env.LOCK_CRASH_DEBUG) console.log(`turn-off after ${delay} ms:`, state);
      const check = await reopenAndCheck(context, state === 'on' ? current : undefined);
      await check.close();
    }
    await context.close();
  });
});
