// Issue 11 with the lock: points 2, 4 and 8.
// - A draft journalled in clear by a page that died before its write: turning the lock on takes it into the
//   sealed record, and afterwards nothing in localStorage, IndexedDB or Cache Storage is in clear.
// - Reload right after typing keeps the text with the lock on as with it off (20 tries at 0, 50, 150 ms).
// - A tab typing while another tab turns the lock on keeps what it typed and showed, sealed.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { appSession } from './helpers/session';
import { addChild, startConversation } from './helpers/app';
import { dumpIndexedDb, expectNoneOf, fillTurnOnForm, turnOnLockInSettings, unlockWith } from './lockSteps';
import { crash, field, hide, journalEntries, JOURNAL_PREFIX, rawCacheStorage, rawLocalStorage, typeAtEnd, waitSaved } from './dataLossSteps';

const session = appSession();
const PASS = 'grön cykel under bron';
const NOTES = 'Anteckningar om hela samtalet';
const GOING_WELL = 'Det här går bra';

/** A page of the app's origin that runs none of the app's code, to look at what is stored as it is. */
async function bystander(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${session.app.url}icons/icon.svg`);
  return page;
}

async function openConversation(page: Page, id: string): Promise<void> {
  await page.goto(`${session.app.url}#/conversation/${encodeURIComponent(id)}?area=safe`);
}

/**
 * Holds a write transaction on the conversations store open for as long as the page lives, as a slow disk
 * would: the app's next write waits behind it and never lands if the page dies first.
 */
async function stallWrites(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hjulet');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const store = request.result.transaction('conversations', 'readwrite').objectStore('conversations');
          const spin = () => {
            store.get('no such conversation').onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
}

describe('data loss and the lock', () => {
  it('seals a draft a dead page journalled in clear when the lock is turned on; nothing is left in clear', async () => {
    const { context, page } = session.opened;
    const alias = 'Vera Lindqvist';
    const written = 'Skriven och sparad före kraschen.';
    const journalled = ' Bara journalförd, sedan dog fliken.';
    await page.goto(session.app.url);
    await addChild(page, alias);
    const id = await startConversation(page);
    await typeAtEnd(field(page, NOTES), written);
    await waitSaved(page);

    // The next write cannot land; the page goes to the background (journalling the draft), then dies.
    await stallWrites(page);
    await typeAtEnd(field(page, NOTES), journalled);
    expect(await hide(page, id), 'the draft was journalled when the page was hidden').toBe(true);
    await crash(context, page);

    const probe = await bystander(context);
    const entries = Object.values(await journalEntries(probe));
    expect(
      entries.some((text) => text.includes(journalled)),
      'a clear draft in the journal before the lock',
    ).toBe(true);
    expect(await dumpIndexedDb(probe), 'the draft never reached IndexedDB').not.toContain(journalled);

    // A new tab turns the lock on without opening that conversation.
    const app = await context.newPage();
    await app.goto(session.app.url);
    await turnOnLockInSettings(app, PASS);

    const secrets = [alias, written, journalled.trim(), 'Bara journalförd'];
    expectNoneOf(await rawLocalStorage(probe), secrets, 'localStorage');
    expectNoneOf(await dumpIndexedDb(probe), secrets, 'IndexedDB');
    expectNoneOf(await rawCacheStorage(probe), secrets, 'Cache Storage');

    // The draft is in the sealed record itself: with any journal entry gone, it is still there after unlocking.
    await probe.evaluate((prefix) => {
      for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
    }, JOURNAL_PREFIX);
    await app.reload();
    await unlockWith(app, PASS);
    await openConversation(app, id);
    await expect.poll(() => field(app, NOTES).inputValue()).toBe(written + journalled);
  });

  it('keeps the last keystrokes across a reload at 0, 50 and 150 ms with the lock on, 20 of 20 each', async () => {
    const { page } = session.opened;
    await page.goto(session.app.url);
    await turnOnLockInSettings(page, PASS);
    await page.goto(`${session.app.url}#/`);
    await addChild(page, 'Ines M');
    const id = await startConversation(page);
    let expected = '';
    for (const delay of [0, 50, 150]) {
      for (let i = 1; i <= 20; i++) {
        const text = ` ${delay}ms-${i}`;
        await typeAtEnd(field(page, GOING_WELL), text);
        expected += text;
        if (delay > 0) await page.waitForTimeout(delay);
        await page.reload();
        await unlockWith(page, PASS);
        await page.locator('[data-area-panel="safe"]').waitFor();
        expect(page.url()).toContain(encodeURIComponent(id));
        expect(await field(page, GOING_WELL).inputValue(), `reload ${i} at ${delay} ms`).toBe(expected);
      }
    }
    // Nothing was journalled in clear on the way.
    expectNoneOf(await rawLocalStorage(page), ['ms-1', 'Ines'], 'localStorage');
  });

  it('keeps what a tab typed and showed while another tab turned the lock on: sealed, there after unlocking', async () => {
    const { context, page: typist } = session.opened;
    await typist.goto(session.app.url);
    await addChild(typist, 'Alma R');
    const id = await startConversation(typist);
    // What the typist's field showed last, and whether the pause notice came up.
    await typist.evaluate(() => {
      const w = window as unknown as { shown: string; pausedSeen: boolean };
      w.shown = '';
      w.pausedSeen = false;
      document.addEventListener(
        'input',
        (event) => {
          if (event.target instanceof HTMLTextAreaElement) w.shown = event.target.value;
        },
        true,
      );
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="conversation-paused"]')) w.pausedSeen = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const shown = () => typist.evaluate(() => (window as unknown as { shown: string }).shown);
    const locked = () =>
      typist
        .locator('[data-testid="lock-screen"]')
        .count()
        .then((n) => n > 0);

    const settings = await context.newPage();
    await settings.goto(`${session.app.url}#/settings`);
    await settings.locator('[data-testid="lock-settings"][data-lock="off"]').waitFor();

    await typeAtEnd(field(typist, GOING_WELL), 'Skriver medan låset slås på: ');
    const phrase = 'mamma kommer på torsdag och hämtar efter skolan ';
    let stop = false;
    const typing = (async () => {
      for (let n = 0; !stop && n < 2000; n++) {
        if (await locked()) break;
        await typist.keyboard.type(phrase[n % phrase.length] as string);
      }
    })();
    await typist.waitForTimeout(300);
    const shownAtClick = await shown();
    await fillTurnOnForm(settings, PASS);
    await settings.locator('[data-testid="lock-settings"][data-lock="on"]').waitFor({ timeout: 60_000 });
    await typist.locator('[data-testid="lock-screen"]').waitFor({ timeout: 30_000 });
    stop = true;
    await typing;

    const final = await shown();
    // The typing really went on while the switch was under way, and the typist was told to wait.
    expect(final.length, 'typed after the other tab began turning the lock on').toBeGreaterThan(shownAtClick.length);
    const pausedSeen = await typist.evaluate(() => (window as unknown as { pausedSeen: boolean }).pausedSeen);

    const dump = await dumpIndexedDb(settings);
    expectNoneOf(dump, ['Skriver medan', 'Alma R', final.slice(-12)], 'IndexedDB');
    expectNoneOf(await rawLocalStorage(settings), ['Skriver medan', final.slice(-12)], 'localStorage');

    await unlockWith(typist, PASS);
    await openConversation(typist, id);
    await expect.poll(() => field(typist, GOING_WELL).inputValue()).toBe(final);
    await openConversation(settings, id);
    await expect.poll(() => field(settings, GOING_WELL).inputValue()).toBe(final);
    expect(pausedSeen, 'the typist was told to wait while the other tab switched').toBe(true);
  });
});
