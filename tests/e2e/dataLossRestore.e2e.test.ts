// Issue 11, points 6 and 7: restore and time.
// - A 50 MB file of nested brackets (or a valid-looking backup nested that deep) chosen for restore is refused
//   with the translated message; the page stays alive and nothing changes.
// - Edits after restoring a backup dated in the future (9999, now + 25 h) or written with another offset
//   (+05:00, later as text than now) are kept after a reload; so are edits after the device clock went back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './harness';
import { appSession } from './helpers/session';
import { addChild, startConversation } from './helpers/app';
import { dumpIndexedDb } from './lockSteps';
import { field, typeAtEnd, waitSaved } from './dataLossSteps';

const ERRORS = (JSON.parse(readFileSync(path.join(ROOT, 'locales/sv/backup.json'), 'utf8')) as { errors: Record<string, string> }).errors;
const GOING_WELL = 'Det här går bra';
const MB = 1024 * 1024;
const HOUR = 3_600_000;

const session = appSession();
let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'hjulet-dataloss-'));
});
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function backupSection(page: Page): Locator {
  return page.getByTestId('backup-section');
}

async function pickFile(page: Page, file: string): Promise<void> {
  await backupSection(page).getByLabel('Välj en säkerhetskopia').setInputFiles(file);
}

async function openConversation(page: Page, id: string): Promise<void> {
  await page.goto(`${session.app.url}#/conversation/${encodeURIComponent(id)}?area=safe`);
  await page.locator('[data-area-panel="safe"]').waitFor();
}

/** A child with a conversation and a note, written through the UI. */
async function childWithNote(page: Page, alias: string, note: string): Promise<{ childId: string; conversationId: string }> {
  await page.goto(`${session.app.url}#/`);
  const childId = await addChild(page, alias);
  const conversationId = await startConversation(page);
  await typeAtEnd(field(page, GOING_WELL), note);
  await waitSaved(page);
  return { childId, conversationId };
}

/** The time `at` as the clock of a place at +05:00 shows it: the same instant, later as text. */
function plusFive(at: number): string {
  return `${new Date(at + 5 * HOUR).toISOString().slice(0, 23)}+05:00`;
}

describe('restoring a file', () => {
  it('refuses 50 MB of nested brackets with the translated message; the page stays alive, nothing changes', async () => {
    const { page } = session.opened;
    const crashed = new Promise<'crashed'>((resolve) => page.once('crash', () => resolve('crashed')));
    await childWithNote(page, 'Elsa N', 'Före filen');
    const before = await dumpIndexedDb(page);

    // Opening brackets only: the browser's own JSON.parse took the tab down with this one.
    const brackets = path.join(workDir, 'brackets.json');
    writeFileSync(brackets, '['.repeat(50 * MB));
    // Valid JSON that looks like a backup, nested 25 million levels deep in a child's alias.
    const head = `{"format":"hjulet-backup","version":2,"exportedAt":"${new Date().toISOString()}","children":[{"id":"c1","alias":`;
    const tail = '}],"conversations":[]}';
    const depth = (50 * MB - head.length - tail.length) / 2;
    const deep = path.join(workDir, 'deep-backup.json');
    writeFileSync(deep, head + '['.repeat(depth) + ']'.repeat(depth) + tail);

    for (const [file, code] of [
      [brackets, 'not-a-backup'],
      [deep, 'damaged'],
    ] as const) {
      await page.goto(`${session.app.url}#/settings`);
      await page.reload();
      await pickFile(page, file);
      const error = backupSection(page).getByTestId('backup-restore-error');
      const outcome = await Promise.race([error.waitFor({ timeout: 60_000 }).then(() => 'answered'), crashed]);
      expect(outcome, path.basename(file)).toBe('answered');
      expect(await error.innerText()).toBe(ERRORS[code]);
      expect(await page.evaluate(() => 6 * 7)).toBe(42);
      expect(await backupSection(page).getByTestId('backup-preview').count()).toBe(0);
    }
    expect(await dumpIndexedDb(page)).toBe(before);
    // Still working: the child is listed at home.
    await page.goto(`${session.app.url}#/`);
    await page.getByRole('link', { name: /Elsa N/ }).waitFor();
  });

  it('keeps edits made after restoring a backup dated 9999, now + 25 h or with a +05:00 offset', async () => {
    const { page } = session.opened;
    const { childId, conversationId } = await childWithNote(page, 'Ture B', 'Före säkerhetskopian');
    await page.goto(`${session.app.url}#/settings`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      backupSection(page).getByTestId('backup-export').getByRole('button', { name: 'Spara säkerhetskopian' }).click(),
    ]);
    const exported = path.join(workDir, 'exported.json');
    await download.saveAs(exported);
    const original = readFileSync(exported, 'utf8');

    const variants: Array<[string, (now: number) => string]> = [
      ['dated 9999', () => '9999-12-31T23:59:59.999Z'],
      ['now + 25 h', (now) => new Date(now + 25 * HOUR).toISOString()],
      ['+05:00 offset', (now) => plusFive(now - HOUR)],
    ];
    let note = 'Före säkerhetskopian';
    let alias = 'Ture B';
    for (const [name, stamp] of variants) {
      // Every timestamp and per-field edit time of the file as that device wrote it.
      const when = stamp(Date.now());
      const backup = JSON.parse(original) as { children: Array<Record<string, unknown>>; conversations: Array<Record<string, unknown>> };
      for (const record of [...backup.children, ...backup.conversations]) {
        record.updatedAt = when;
        if (record.edits && typeof record.edits === 'object') {
          for (const key of Object.keys(record.edits)) (record.edits as Record<string, number>)[key] = Date.parse(when);
        }
      }
      const file = path.join(workDir, `${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(file, JSON.stringify(backup));

      await page.goto(`${session.app.url}#/settings`);
      await pickFile(page, file);
      const preview = backupSection(page).getByTestId('backup-preview');
      await preview.getByLabel('Ersätt allt på enheten').check();
      await preview.getByLabel('Jag förstår att allt som inte finns i filen raderas från enheten').check();
      await preview.getByRole('button', { name: 'Återställ' }).click();
      await expect.poll(() => backupSection(page).getByTestId('backup-restore-status').innerText()).toContain('Säkerhetskopian är inläst');
      note = 'Före säkerhetskopian';
      alias = 'Ture B';

      // The conversation's note and the child's alias, edited after the restore …
      await openConversation(page, conversationId);
      const added = ` efter återställning (${name})`;
      await typeAtEnd(field(page, GOING_WELL), added);
      await waitSaved(page);
      note += added;
      await page.goto(`${session.app.url}#/child/${encodeURIComponent(childId)}`);
      const details = page.locator('.child-details');
      alias = `Ture B ${variants.findIndex(([n]) => n === name) + 2}`;
      await details.getByLabel('Alias', { exact: true }).fill(alias);
      await details.getByRole('button', { name: 'Byt alias' }).click();
      await details.getByText('Aliaset är ändrat.').waitFor();

      // … are there after a reload.
      await page.reload();
      await expect.poll(() => page.locator('h1').first().innerText(), { message: `alias after ${name}` }).toContain(alias);
      await openConversation(page, conversationId);
      expect(await field(page, GOING_WELL).inputValue(), `note after ${name}`).toBe(note);
    }
  });
});

describe('the device clock going back', () => {
  it('keeps edits made after the clock was set back 24 h (and then one more hour)', async () => {
    const { page } = session.opened;
    const start = Date.now();
    await page.clock.install({ time: start });
    const { conversationId } = await childWithNote(page, 'Olle R', 'Medan klockan gick före.');
    let expected = 'Medan klockan gick före.';
    for (const [back, text] of [
      [24 * HOUR, ' Efter att klockan ställts tillbaka ett dygn.'],
      [25 * HOUR, ' Och en timme till.'],
    ] as const) {
      await page.clock.setSystemTime(start - back);
      await typeAtEnd(field(page, GOING_WELL), text);
      await waitSaved(page);
      expected += text;
      await page.reload();
      await page.locator('[data-area-panel="safe"]').waitFor();
      expect(page.url()).toContain(encodeURIComponent(conversationId));
      expect(await field(page, GOING_WELL).inputValue(), `after setting the clock back ${back / HOUR} h`).toBe(expected);
    }
  });
});
