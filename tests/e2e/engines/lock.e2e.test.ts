// The lock in Chromium, WebKit and Firefox: turned on, IndexedDB holds no clear text (neither what was
// written before nor after); a reload shows the lock screen, the passphrase brings everything back; turned
// off, the records are stored in clear again. Web Crypto and IndexedDB differ between the engines.
import { expect, it } from 'vitest';
import { waitForSelector, waitUntil, type EnginePage } from './driver';
import { forEachEngine } from './session';
import { addChild, clickButton, dumpIndexedDb, go, readRows, startConversation, valueOf, waitSaved, write } from './steps';
import { byLabel } from './driver/find';

const PASS = 'blå häst rättar batteri';
const ALIAS = 'Zelda Quist';
const BEFORE = 'Trivs i kören på torsdagar';
const AFTER = 'Mormor Gunvor hämtar på fredagar';
/** Crypto and key derivation are slow on a shared machine, slower in some engines. */
const CRYPTO_TIMEOUT = 90_000;

/** Settings inside the open app: a page load would lock it again. */
async function openSettings(page: EnginePage): Promise<void> {
  await go(page, '/settings');
  await waitForSelector(page, '[data-testid="lock-settings"]');
}

function expectNoClearText(dump: string): void {
  const found = [ALIAS, 'Zelda', BEFORE, AFTER, PASS, '"alias"', '"goingWell"', '"notes"'].filter((text) => dump.includes(text));
  expect(found, 'clear text in IndexedDB').toEqual([]);
}

forEachEngine('the lock', (s) => {
  it('seals every record while on, unlocks after a reload, and stores in clear again when off', async () => {
    const { page } = s;
    await page.open(s.app.url);
    await addChild(page, ALIAS);
    const conversationId = await startConversation(page);
    await write(page, 'Det här går bra', BEFORE);
    await waitSaved(page);

    // On: what was there is sealed.
    await openSettings(page);
    await page.fill('[data-testid="turn-on-lock"] [data-testid="new-passphrase"]', PASS);
    await page.fill('[data-testid="turn-on-lock"] [data-testid="repeat-passphrase"]', PASS);
    await page.click(
      await byLabel(page, 'Jag förstår att ingen kan ta fram anteckningarna om jag glömmer lösenfrasen.', { within: '[data-testid="turn-on-lock"]' }),
    );
    await clickButton(page, 'Slå på låset', '[data-testid="turn-on-lock"]');
    await waitForSelector(page, '[data-testid="lock-settings"][data-lock="on"]', { timeout: CRYPTO_TIMEOUT });
    expectNoClearText(await dumpIndexedDb(page));

    // What is written with the lock on is sealed too (a page load would lock: move inside the app).
    await go(page, `/conversation/${conversationId}?area=safe`);
    await waitForSelector(page, '[data-area-panel="safe"]');
    await write(page, 'Det här oroar', AFTER);
    await waitSaved(page);
    const dump = await dumpIndexedDb(page);
    expectNoClearText(dump);
    const rows = await readRows(page);
    expect(rows.children).toHaveLength(1);
    expect(rows.conversations).toHaveLength(1);
    for (const row of [...rows.children, ...rows.conversations]) expect(row.sealed).toMatch(/^aesgcm1\./);

    // A reload locks; the passphrase brings everything back.
    await page.reload();
    await waitForSelector(page, '[data-testid="lock-screen"]', { timeout: CRYPTO_TIMEOUT });
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(ALIAS);
    await page.fill('[data-testid="unlock-passphrase"]', PASS);
    await page.click('[data-testid="unlock-submit"]');
    await waitForSelector(page, '[data-testid="lock-screen"]', { state: 'detached', timeout: CRYPTO_TIMEOUT });
    await waitForSelector(page, '[data-area-panel="safe"]');
    expect(await valueOf(page, 'Det här går bra')).toBe(BEFORE);
    expect(await valueOf(page, 'Det här oroar')).toBe(AFTER);

    // Off: stored in clear again, and the app opens without a passphrase.
    await openSettings(page);
    await page.fill('[data-testid="turn-off-lock"] [data-testid="off-passphrase"]', PASS);
    await clickButton(page, 'Stäng av låset', '[data-testid="turn-off-lock"]');
    await waitForSelector(page, '[data-testid="lock-settings"][data-lock="off"]', { timeout: CRYPTO_TIMEOUT });
    const clear = await readRows(page);
    expect(clear.children.map((c) => c.alias)).toEqual([ALIAS]);
    expect([...clear.children, ...clear.conversations].some((row) => 'sealed' in row)).toBe(false);
    expect(JSON.stringify(clear.conversations)).toContain(AFTER);
    await page.open(`${s.app.url}#/`);
    await waitUntil(page, (alias) => document.querySelector('[data-testid="child-list"]')?.textContent?.includes(alias) === true, ALIAS, {
      what: 'the child listed',
    });
  });
});
