// Backup and restore in Chromium, WebKit and Firefox: save a backup of everything, erase the device, give the
// file back through the file picker, and every record is there again exactly (raw IndexedDB compared).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { poll, waitForSelector, type EnginePage } from './driver';
import { byLabel } from './driver/find';
import { catchDownloads, nextDownload } from './downloads';
import { forEachEngine } from './session';
import { addChild, clickButton, expectText, go, openArea, rate, readRows, startConversation, write, type Rows } from './steps';

/** The rows without `rev`, storage's own count of writes, which a restore raises above what was stored. */
async function records(page: EnginePage): Promise<Rows> {
  const rows = await readRows(page);
  const withoutRev = (list: Array<Record<string, unknown>>) => list.map(({ rev: _rev, ...row }) => row);
  return { children: withoutRev(rows.children), conversations: withoutRev(rows.conversations) };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'hjulet-engine-backup-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

forEachEngine('backup and restore', (s) => {
  it('saves everything, erases the device, restores the file: every record is back exactly', async () => {
    const { page } = s;
    await page.open(s.app.url);
    for (const alias of ['Alva B', 'Omar K']) {
      await go(page, '/');
      await addChild(page, alias);
      await startConversation(page);
      await rate(page, 'child', 3);
      await write(page, 'Det här går bra', `Trivs på fritids – <b>fet</b> & "citat" (${alias})`);
      await openArea(page, 'healthy');
      await write(page, 'Det här oroar', 'يحب المدرسة');
    }
    await go(page, '/settings');
    await waitForSelector(page, '[data-testid="backup-section"]');
    const before = await records(page);
    expect([before.children.length, before.conversations.length]).toEqual([2, 2]);

    await catchDownloads(page);
    await clickButton(page, 'Spara säkerhetskopian', '[data-testid="backup-section"]');
    const file = await nextDownload(page);
    expect(file.name).toMatch(/^hjulet-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    await expectText(page, '[data-testid="backup-export-status"]', 'Säkerhetskopian är klar: 2 barn och 2 samtal.');
    const backupPath = path.join(workDir, `${s.engine}-${file.name}`);
    writeFileSync(backupPath, file.text);

    // Erase everything, after the confirmation.
    await page.click('[data-testid="erase-everything"] button');
    await page.click('[data-testid="erase-everything"] .confirm button.button-danger');
    await poll(
      () => readRows(page),
      (rows) => rows.children.length === 0 && rows.conversations.length === 0,
      { what: 'an empty device' },
    );

    // The file back through the picker: preview, merge, restore.
    await go(page, '/settings');
    await page.setInputFile(await byLabel(page, 'Välj en säkerhetskopia', { within: '[data-testid="backup-section"]' }), backupPath);
    await expectText(page, '[data-testid="backup-preview"] h4', /^Filen innehåller 2 barn och 2 samtal\./);
    await clickButton(page, 'Återställ', '[data-testid="backup-preview"]');
    await expectText(page, '[data-testid="backup-restore-status"]', 'Säkerhetskopian är inläst');
    expect(await records(page)).toEqual(before);

    await go(page, '/');
    await poll(
      () => page.evaluate(() => document.querySelector('[data-testid="child-list"]')?.textContent ?? ''),
      (list) => list.includes('Alva B') && list.includes('Omar K'),
      { what: 'both children listed' },
    );
  });
});
