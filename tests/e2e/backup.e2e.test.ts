// Issue 5 end to end, backup and restore: export, erase everything, restore, and every record is back
// exactly as it was (raw IndexedDB compared); encrypted with a passphrase; a damaged or foreign file gets
// its translated error and changes nothing; one child's backup and the replace warning.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { formatViolations, guardOrigins, openBrowser, runAxe, startApp, ROOT, type OpenedBrowser, type OriginGuard, type RunningApp } from './harness';
import { addChild, openArea, ratingInput, startConversation } from './helpers/app';

const ERRORS = (JSON.parse(readFileSync(path.join(ROOT, 'locales/sv/backup.json'), 'utf8')) as { errors: Record<string, string> }).errors;
const PASSPHRASE = 'korrekt häst batteri';
const NOTE = 'Trivs på fritids – <b>fet</b> & "citat"';
const AR_NOTE = 'يحب المدرسة';

let app: RunningApp;
let opened: OpenedBrowser;
let guard: OriginGuard;
let workDir: string;

beforeAll(async () => {
  app = await startApp();
  workDir = mkdtempSync(path.join(tmpdir(), 'hjulet-backup-'));
});
afterAll(async () => {
  await app?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});
beforeEach(async () => {
  opened = await openBrowser({ acceptDownloads: true });
  guard = guardOrigins(opened.context, app.origin);
});
afterEach(async () => {
  await opened?.close();
  expect(guard.foreign).toEqual([]);
});

interface Snapshot {
  children: unknown[];
  conversations: unknown[];
}

/**
 * Every stored row, straight from IndexedDB in key order: what "all data" means on this device. Without
 * `rev`, storage's own count of writes, which a restore raises above what was stored.
 */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hjulet');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const withoutRev = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), rev: undefined }));
    const result = { children: withoutRev(await all('children')), conversations: withoutRev(await all('conversations')) };
    db.close();
    return result;
  });
}

/** A child with a conversation: ratings, notes in two scripts, an action and a follow-up date. */
async function childWithConversation(page: Page, alias: string): Promise<void> {
  await page.goto(app.url);
  await addChild(page, alias);
  await startConversation(page);
  await ratingInput(page, 'child', 3).check();
  await page.getByLabel('Det här går bra').fill(NOTE);
  await openArea(page, 'healthy');
  await ratingInput(page, 'guardian', 5).check();
  await page.getByLabel('Det här oroar').fill(AR_NOTE);
  await page.locator('[data-area-panel]').getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await page.getByLabel('Åtgärd 1: vad').fill('Träffa kuratorn');
  await page.getByLabel('Vem gör det').fill('Mentor');
  await page.getByLabel('Anteckningar om hela samtalet').fill('Bra samtal\nmed två rader');
  // Leaving the page flushes the autosave.
  await page.goto(`${app.url}#/`);
}

function backupSection(page: Page): Locator {
  return page.getByTestId('backup-section');
}

async function saveBackup(page: Page, form: Locator, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Spara säkerhetskopian' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^hjulet-backup-\d{4}-\d{2}-\d{2}-\d{4}(-one-child)?(-encrypted)?\.json$/);
  const file = path.join(workDir, name);
  await download.saveAs(file);
  return file;
}

async function eraseEverything(page: Page): Promise<void> {
  await page.goto(`${app.url}#/settings`);
  const erase = page.getByTestId('erase-everything');
  await erase.getByRole('button').first().click();
  await erase.locator('.confirm button.button-danger').click();
  await expect.poll(() => snapshot(page)).toEqual({ children: [], conversations: [] });
}

async function pickFile(page: Page, file: string | { name: string; text: string }): Promise<void> {
  const input = backupSection(page).getByLabel('Välj en säkerhetskopia');
  if (typeof file === 'string') await input.setInputFiles(file);
  else await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

describe('backup and restore', () => {
  it('exports all data, erases everything, restores it: every record is back exactly', async () => {
    const { page } = opened;
    await childWithConversation(page, 'Alva B');
    await childWithConversation(page, 'Omar K');
    const before = await snapshot(page);
    expect(before.children).toHaveLength(2);
    expect(before.conversations).toHaveLength(2);

    await page.goto(`${app.url}#/settings`);
    const file = await saveBackup(page, backupSection(page), 'all.json');
    await expect.poll(() => backupSection(page).getByTestId('backup-export-status').innerText()).toBe('Säkerhetskopian är klar: 2 barn och 2 samtal.');
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; children: unknown[]; conversations: unknown[] };
    expect([backup.format, backup.version, backup.children.length, backup.conversations.length]).toEqual(['hjulet-backup', 2, 2, 2]);

    await eraseEverything(page);
    await page.goto(`${app.url}#/settings`);
    await pickFile(page, file);
    const preview = backupSection(page).getByTestId('backup-preview');
    await expect.poll(() => preview.getByRole('heading').first().innerText()).toMatch(/^Filen innehåller 2 barn och 2 samtal\./);
    // Replace shows its warning; the settings page with the preview open passes axe.
    await preview.getByLabel('Ersätt allt på enheten').check();
    await preview.getByTestId('replace-warning').waitFor();
    expect(await preview.getByRole('button', { name: 'Återställ' }).isDisabled()).toBe(true);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    await preview.getByLabel('Slå ihop med det som finns på enheten').check();
    await preview.getByRole('button', { name: 'Återställ' }).click();
    await expect.poll(() => backupSection(page).getByTestId('backup-restore-status').innerText()).toContain('Säkerhetskopian är inläst');
    expect(await snapshot(page)).toEqual(before);

    await page.goto(`${app.url}#/`);
    await page.getByRole('link', { name: /Alva B/ }).waitFor();
    await page.getByRole('link', { name: /Omar K/ }).waitFor();
  });

  it('round-trips an encrypted backup with its passphrase, and refuses a wrong one', async () => {
    const { page } = opened;
    await childWithConversation(page, 'Kim L');
    const before = await snapshot(page);
    await page.goto(`${app.url}#/settings`);
    const form = backupSection(page).getByTestId('backup-export');
    await form.getByLabel('Kryptera filen med en lösenfras').check();
    await form.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
    await form.getByLabel('Skriv lösenfrasen igen').fill('något annat');
    await form.getByRole('button', { name: 'Spara säkerhetskopian' }).click();
    await expect.poll(() => form.getByTestId('backup-export-status').innerText()).toBe('De två lösenfraserna är inte likadana.');
    await form.getByLabel('Skriv lösenfrasen igen').fill(PASSPHRASE);
    const file = await saveBackup(page, form, 'encrypted.json');
    const text = readFileSync(file, 'utf8');
    const envelope = JSON.parse(text) as { format: string; kdf: { iterations: number } };
    expect(envelope.format).toBe('hjulet-backup-encrypted');
    expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    for (const secret of ['Kim L', 'Trivs', 'kuratorn']) expect(text).not.toContain(secret);
    // The passphrase is not kept in the form afterwards.
    expect(await form.getByLabel('Lösenfras', { exact: true }).inputValue()).toBe('');

    await eraseEverything(page);
    await page.goto(`${app.url}#/settings`);
    await pickFile(page, file);
    const section = backupSection(page);
    await section.getByLabel('Lösenfras för filen').fill('fel lösenfras');
    await section.getByRole('button', { name: 'Öppna filen' }).click();
    await expect.poll(() => section.getByTestId('backup-restore-error').innerText()).toBe(ERRORS['wrong-passphrase']);
    expect(await snapshot(page)).toEqual({ children: [], conversations: [] });
    await section.getByLabel('Lösenfras för filen').fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Öppna filen' }).click();
    await section.getByTestId('backup-preview').getByRole('button', { name: 'Återställ' }).click();
    await expect.poll(() => section.getByTestId('backup-restore-status').innerText()).toContain('Säkerhetskopian är inläst');
    expect(await snapshot(page)).toEqual(before);
  });

  it('shows the translated error for a damaged, foreign or newer file and changes nothing', async () => {
    const { page } = opened;
    await childWithConversation(page, 'Ida S');
    await page.goto(`${app.url}#/settings`);
    const good = readFileSync(await saveBackup(page, backupSection(page), 'good.json'), 'utf8');
    const before = await snapshot(page);
    const cases: Array<[string, string]> = [
      [good.slice(0, Math.floor(good.length * 0.6)), 'damaged'],
      [good.replace('"children":[{', '"children":[{"extra":1,'), 'damaged'],
      ['{"name":"not ours"}', 'not-a-backup'],
      ['just some text', 'not-a-backup'],
      [good.replace('"version":2', '"version":3'), 'newer-version'],
    ];
    for (const [text, code] of cases) {
      await pickFile(page, { name: `${code}.json`, text });
      await expect.poll(() => backupSection(page).getByTestId('backup-restore-error').innerText()).toBe(ERRORS[code]);
      expect(await backupSection(page).getByTestId('backup-preview').count()).toBe(0);
      expect(await snapshot(page)).toEqual(before);
    }
  });

  it('backs up one child from the child page; replacing with it warns and leaves only that child', async () => {
    const { page } = opened;
    await childWithConversation(page, 'Noa T');
    await childWithConversation(page, 'Liv R');
    await page.getByRole('link', { name: /Noa T/ }).click();
    const details = page.getByTestId('child-backup');
    await details.locator('summary').click();
    const file = await saveBackup(page, details, 'one-child.json');
    await expect.poll(() => details.getByTestId('backup-export-status').innerText()).toBe('Säkerhetskopian är klar: 1 barn och 1 samtal.');
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { children: Array<{ alias: string }> };
    expect(backup.children.map((c) => c.alias)).toEqual(['Noa T']);

    await page.goto(`${app.url}#/settings`);
    await pickFile(page, file);
    const preview = backupSection(page).getByTestId('backup-preview');
    await preview.getByLabel('Ersätt allt på enheten').check();
    await expect.poll(() => preview.getByTestId('replace-warning').innerText()).toContain('just nu 1 barn och 1 samtal');
    await preview.getByLabel('Jag förstår att allt som inte finns i filen raderas från enheten').check();
    await preview.getByRole('button', { name: 'Återställ' }).click();
    await expect.poll(async () => (await snapshot(page)).children.map((c) => (c as { alias: string }).alias)).toEqual(['Noa T']);
  });
});
