// Retention end to end, with the lock on: with "12 months after the last conversation", exactly the
// children last met more than 12 months ago are listed, the home screen warns, nothing goes before the
// user confirms, and then exactly those children and all their conversations leave IndexedDB.
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from './harness';
import { appSession } from './helpers/session';
import { readRows, seedClear, turnOnLockInSettings } from './lockSteps';

const session = appSession();

/** yyyy-mm-dd, `months` months (and `days` days) before today, in the test's own clock. */
function ago(months: number, days = 0): string {
  const d = new Date();
  d.setDate(1); // avoid month-end overflow while stepping months
  const day = new Date().getDate();
  d.setMonth(d.getMonth() - months);
  d.setDate(Math.min(day, new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate()) - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const children = [
  { id: 'gone-old', alias: 'Gammal Gustav' },
  { id: 'kept-active', alias: 'Aktiv Astrid' },
  { id: 'kept-recent', alias: 'Nyss Nils' },
  { id: 'gone-never-met', alias: 'Aldrig Alma', createdAt: new Date(Date.now() - 2 * 365 * 86_400_000).toISOString() },
];
const conversations = [
  { id: 'old-1', childId: 'gone-old', date: ago(30), notes: 'Gustav trettio månader' },
  { id: 'old-2', childId: 'gone-old', date: ago(13), notes: 'Gustav tretton månader' },
  // Old conversations of a child who was met last month stay: the count starts at the last one.
  { id: 'active-1', childId: 'kept-active', date: ago(40), notes: 'Astrid fyrtio månader' },
  { id: 'active-2', childId: 'kept-active', date: ago(1), notes: 'Astrid förra månaden' },
  { id: 'recent-1', childId: 'kept-recent', date: ago(11, 20), notes: 'Nils elva månader' },
];

describe('retention', () => {
  it('lists, warns, asks, and then deletes exactly what is older than the setting', async () => {
    const { page } = session.opened;
    await page.goto(session.app.url);
    await page.locator('[data-testid="first-run"]').waitFor();
    await seedClear(page, children, conversations);
    await page.locator('[data-testid="first-run-dismiss"]').click();
    await turnOnLockInSettings(page, 'gallring är bra för alla');

    // Never (the default): nothing is due and the home screen says nothing.
    await page.goto(`${session.app.url}#/`);
    await expect.poll(() => page.locator('[data-testid="child-list"] li').count()).toBe(4);
    expect(await page.locator('[data-testid="retention-notice"]').count()).toBe(0);

    await page.goto(`${session.app.url}#/settings`);
    await page.locator('[data-testid="retention-months"]').selectOption('12');
    const list = page.locator('[data-testid="retention-due"] li');
    await expect.poll(() => list.count()).toBe(2);
    expect(await list.evaluateAll((items) => items.map((li) => li.getAttribute('data-child-id')))).toEqual(['gone-never-met', 'gone-old']);
    expect(await page.locator('[data-testid="retention-due"]').innerText()).toContain('Gammal Gustav');
    expect(await page.locator('[data-testid="retention-due"]').innerText()).toContain('2 samtal');
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    // The warning on the home screen, and nothing deleted yet.
    await page.goto(`${session.app.url}#/`);
    const notice = page.locator('[data-testid="retention-notice"]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Uppgifterna om 2 barn har sparats längre än din inställning för gallring.');
    expect((await readRows(page)).conversations).toHaveLength(5);

    await notice.getByRole('link', { name: 'Granska och radera' }).click();
    await page.getByRole('button', { name: 'Radera det som står i listan' }).click();
    await page.getByText('Vill du radera barnen i listan', { exact: false }).waitFor();
    expect((await readRows(page)).children).toHaveLength(4);
    await page.getByRole('button', { name: 'Ja, radera' }).click();
    await page.getByText('Uppgifterna om 2 barn är raderade.').waitFor();

    const rows = await readRows(page);
    expect(rows.children.map((c) => c.id).sort()).toEqual(['kept-active', 'kept-recent']);
    expect(rows.conversations.map((c) => c.id).sort()).toEqual(['active-1', 'active-2', 'recent-1']);
    await page.goto(`${session.app.url}#/`);
    await expect.poll(() => page.locator('[data-testid="child-list"] li').count()).toBe(2);
    expect(await page.locator('[data-testid="retention-notice"]').count()).toBe(0);
  });
});
