// Handover to the next responsible person and notes that leave, end to end in Chromium: a child handed
// over to a second browser (a wrong passphrase and a damaged file change nothing), and a conversation
// marked transferred whose notes are gone after the grace period while its ratings stay.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, guardOrigins, openBrowser, runAxe, screenshot } from './harness';
import { appSession } from './helpers/session';
import { seedPractice, storedChildCount, storedConversation } from './helpers/practiceSeed';

const session = appSession();
let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'hjulet-handover-'));
});
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function axe(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

const MESSAGE = 'Hej! Sam behöver en vuxen nära på rasterna.';

describe('handover', () => {
  it('hands a child over to a second browser with a word passphrase and a message', async () => {
    const { page } = await session.reopen({ acceptDownloads: true });
    await seedPractice(
      page,
      session.app.url,
      [{ id: 'c1', alias: 'Sam', network: [{ id: 'nurse', role: 'Skolsköterska', coordinator: true }] }],
      [
        {
          id: 'k1',
          childId: 'c1',
          date: '2026-03-02',
          notes: 'Samtalets anteckning',
          entries: { safe: { ratings: { child: 4 }, goingWell: '', worries: '', nextSteps: '' } },
        },
      ],
    );
    await page.goto(`${session.app.url}#/child/c1`);
    const handover = page.locator('[data-testid="handover"]');
    await handover.locator('summary').click();
    await handover.locator('[data-testid="handover-role"]').fill('Rektor på Ekbackeskolan');
    await handover.locator('[data-testid="handover-sender"]').fill('Skolsköterska Eva');
    await handover.getByLabel('Meddelande till kollegan (frivilligt)').fill(MESSAGE);
    const [download] = await Promise.all([page.waitForEvent('download'), handover.locator('[data-testid="handover-make"]').click()]);
    const file = path.join(workDir, 'handover.json');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^hjulet-handover-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const words = (await handover.locator('[data-testid="handover-passphrase"]').innerText()).trim().split(/\s+/);
    expect(words).toHaveLength(6);
    // The file is the encrypted backup format; nothing of the child is readable in it.
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(file, 'utf8');
    const envelope = JSON.parse(text) as { data: string };
    expect(envelope).toMatchObject({ format: 'hjulet-backup-encrypted', version: 1 });
    // Everything is in the ciphertext, which is base64 only; the rest of the file names nothing of the
    // child. (The base64 itself is not searched: a short name like "Sam" turns up in random base64 about
    // once in a hundred files.)
    expect(envelope.data).toMatch(/^[A-Za-z0-9+/]{100,}={0,2}$/);
    const outside = JSON.stringify({ ...envelope, data: '' });
    for (const secret of ['Sam', 'Samtalets anteckning', MESSAGE, 'Rektor']) expect(outside).not.toContain(secret);
    for (const secret of ['Samtalets anteckning', MESSAGE, 'Rektor']) expect(envelope.data).not.toContain(secret);
    // This device records the handover.
    const history = page.locator('[data-testid="handover-history"]');
    await history.waitFor();
    expect(await history.innerText()).toContain('till Rektor på Ekbackeskolan');
    await axe(page);
    await screenshot(page, 'practice-handover-sent');

    // The second browser: its own, empty device.
    const receiver = await openBrowser();
    const receiverGuard = guardOrigins(receiver.context, session.app.origin);
    try {
      const other = receiver.page;
      await other.goto(session.app.url);
      await other.locator('[data-testid="first-run-dismiss"]').click();
      await other.goto(`${session.app.url}#/settings`);
      const receive = other.locator('[data-testid="receive-handover"]');

      // A damaged file: says so, changes nothing.
      const damaged = path.join(workDir, 'damaged.json');
      writeFileSync(damaged, text.slice(0, text.length / 2));
      await receive.locator('[data-testid="receive-file"]').setInputFiles(damaged);
      await receive.locator('[data-testid="receive-passphrase"]').fill(words.join(' '));
      await receive.locator('[data-testid="receive-open"]').click();
      await expect.poll(() => receive.locator('[data-testid="receive-error"]').innerText()).toContain('Filen är skadad');
      expect(await storedChildCount(other)).toBe(0);

      // A wrong passphrase: says so, changes nothing.
      await receive.locator('[data-testid="receive-file"]').setInputFiles(file);
      await receive.locator('[data-testid="receive-passphrase"]').fill([...words.slice(0, 5), 'fel'].join(' '));
      await receive.locator('[data-testid="receive-open"]').click();
      await expect.poll(() => receive.locator('[data-testid="receive-error"]').innerText()).toContain('Lösenfrasen stämmer inte');
      expect(await storedChildCount(other)).toBe(0);

      // The right words, typed as a colleague might (capitals, two spaces): the message, then the import.
      await receive.locator('[data-testid="receive-passphrase"]').fill(`  ${words.map((w) => w.toUpperCase()).join('  ')} `);
      await receive.locator('[data-testid="receive-open"]').click();
      const preview = receive.locator('[data-testid="receive-preview"]');
      await preview.waitFor();
      expect(await preview.locator('[data-testid="receive-message"]').innerText()).toBe(MESSAGE);
      expect(await preview.innerText()).toContain('Skolsköterska Eva');
      await axe(other);
      await screenshot(other, 'practice-handover-received');
      await preview.locator('[data-testid="receive-import"]').click();
      await receive.locator('[data-testid="receive-status"] a').click();
      await other.waitForURL(/#\/child\/c1$/);
      await other.locator('[data-testid="timeline"] [data-conversation-id="k1"]').waitFor();
      const received = await other.locator('[data-testid="handover-history"]').innerText();
      expect(received).toContain('Mottaget');
      expect(received).toContain('Skolsköterska Eva');
      expect(received).toContain(MESSAGE);
      expect((await storedConversation(other, 'k1'))?.notes).toBe('Samtalets anteckning');
    } finally {
      await receiver.close();
    }
    expect(receiverGuard.foreign).toEqual([]);

    // The sender is offered to delete the child from this device.
    await handover.locator('.confirm, [data-testid="handover-done"]').first().waitFor();
    await handover.getByRole('button', { name: 'Ta bort barnet från enheten' }).click();
    await handover.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.waitForURL(/#\/$/);
    expect(await storedChildCount(page)).toBe(0);
  });
});

describe('notes that leave', () => {
  it('marks a conversation transferred, warns a week before, and erases its notes after the grace period, keeping the ratings', async () => {
    const { page } = await session.reopen({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.clock.setFixedTime(new Date('2026-03-02T10:00:00'));
    await seedPractice(
      page,
      session.app.url,
      [{ id: 'c1', alias: 'Sam' }],
      [
        {
          id: 'k1',
          childId: 'c1',
          date: '2026-03-02',
          notes: 'NOTAT SOM SKA BORT',
          entries: { safe: { ratings: { child: 4, guardian: 3 }, goingWell: 'GÅR BRA SOM SKA BORT', worries: '', nextSteps: '' } },
          actions: [{ id: 'a1', what: 'Boka tid', who: 'Mentor', due: '2026-04-20', done: false }],
          followUpDate: '2026-05-20',
        },
      ],
    );

    // The records system's name, set once in settings; the grace period is part of the retention settings.
    await page.goto(`${session.app.url}#/settings`);
    await page.locator('[data-testid="records-system-setting"]').fill('Procapita');
    await page.locator('[data-testid="practice-settings-save"]').click();
    await page.locator('[data-testid="practice-settings"] .form-ok').filter({ hasText: 'Sparat' }).waitFor();
    expect(await page.locator('[data-testid="notes-grace-days"]').inputValue()).toBe('30');
    await axe(page);

    await page.goto(`${session.app.url}#/summary/k1`);
    await page.locator('[data-testid="copy-text"]').first().click();
    const prompt = page.locator('[data-testid="transfer-prompt"]').first();
    await prompt.waitFor();
    await expect.poll(() => prompt.getByLabel('Journalsystem (frivilligt)').inputValue()).toBe('Procapita');
    await axe(page);
    await prompt.locator('[data-testid="transfer-mark"]').click();
    await page.locator('[data-testid="transfer-done"]').first().waitFor();
    expect((await storedConversation(page, 'k1'))?.transfer).toEqual({ date: '2026-03-02', system: 'Procapita' });

    await page.goto(`${session.app.url}#/conversation/k1`);
    const state = page.locator('[data-testid="transfer-state"]');
    await state.waitFor();
    await expect.poll(() => state.innerText()).toContain('1 april 2026');
    await page.goto(`${session.app.url}#/child/c1`);
    await page.locator('[data-testid="badge-transferred"]').waitFor();

    // Five days before: the warning on the home screen; nothing erased yet.
    await page.clock.setFixedTime(new Date('2026-03-27T10:00:00'));
    await page.goto(`${session.app.url}#/`);
    await page.reload();
    const notice = page.locator('[data-testid="notes-erasure-notice"]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('1 april 2026');
    await axe(page);
    expect((await storedConversation(page, 'k1'))?.notes).toBe('NOTAT SOM SKA BORT');

    // Past the grace period: the notes go by themselves; ratings, dates, actions and the transfer stay.
    await page.clock.setFixedTime(new Date('2026-04-02T10:00:00'));
    await page.reload();
    await expect.poll(async () => (await storedConversation(page, 'k1'))?.notesErasedDate).toBe('2026-04-02');
    const erased = (await storedConversation(page, 'k1')) as Record<string, unknown> & { entries: Record<string, Record<string, unknown>> };
    expect(erased.notes).toBe('');
    expect(erased.entries.safe?.goingWell).toBe('');
    expect(erased.entries.safe?.ratings).toEqual({ child: 4, guardian: 3 });
    expect(erased.actions).toEqual([{ id: 'a1', what: 'Boka tid', who: 'Mentor', due: '2026-04-20', done: false }]);
    expect(erased.followUpDate).toBe('2026-05-20');
    expect(erased.transfer).toEqual({ date: '2026-03-02', system: 'Procapita' });
    expect(JSON.stringify(erased)).not.toContain('SKA BORT');

    await page.goto(`${session.app.url}#/conversation/k1?area=safe`);
    await page.locator('[data-testid="notes-erased"]').waitFor();
    expect(await page.locator('[data-area-panel="safe"] [data-perspective="child"] [data-rating="4"] input').isChecked()).toBe(true);
    expect(await page.locator('textarea[name="notes"]').inputValue()).toBe('');
    expect(await page.locator('main').innerText()).not.toContain('SKA BORT');
    await axe(page);
  });
});
