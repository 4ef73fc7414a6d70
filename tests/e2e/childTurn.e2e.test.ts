// Issue 12: the child's own turn. A whole turn by touch on a 390 × 844 phone and by keyboard alone on a
// tablet, in Swedish and in Arabic (RTL): five areas rated, one passed, own words in one, the hopes answered;
// Back and a changed address do not leave; a tap or click on the exit does not leave, a 1.5 s hold does;
// after an immediate reload the conversation shows the child's ratings, pass and words as the child's turn's.
// Through the whole turn a MutationObserver watches that no professional note and no other perspective's
// rating is ever in the DOM. With the lock on, leaving asks for the passphrase. Axe finds nothing in the
// turn in any of the six languages.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe, screenshot } from './harness';
import { appSession } from './helpers/session';
import {
  HOLD_MS as HOLD,
  conversationAt,
  holdExit,
  leaveTurn,
  seedForTurn,
  shownArea,
  tabTo,
  turn,
  turnLeaks,
  watchTurnForLeaks,
  type TurnSeed,
} from './helpers/childTurn';
import { LANGUAGES, switchLanguage } from './helpers/views';
import { fillTurnOnForm } from './lockSteps';

const session = appSession();

const RATED = [
  ['safe', 4],
  ['healthy', 2],
  ['achieving', 5],
  ['nurtured', 3],
  ['active', 1],
] as const;
const PASSED = 'respected';
const OWN_WORDS_AREA = 'responsible';
const OWN_WORDS = 'Jag hjälper till med disken varje dag';
const HOPES = 'Att få en hund och mer tid med pappa';

/** The other perspectives' names in the languages on screen: never in the child's turn. */
const OTHER_PERSPECTIVES: Record<string, string[]> = {
  sv: ['Vårdnadshavare', 'Yrkesperson'],
  ar: ['وليّ الأمر', 'مختصّ'],
};

async function stillInTurn(page: Page, conversationId: string) {
  await turn(page).waitFor();
  expect(new URL(page.url()).hash).toBe(`#/child-turn/${encodeURIComponent(conversationId)}?lang=${await turn(page).getAttribute('lang')}`);
  expect(await page.locator('[data-testid="area-panel"], [data-testid="child-turn-start"], .app-header, .app-nav').count()).toBe(0);
}

/** Back and a changed address leave the child where they are. */
async function cannotNavigateAway(page: Page, conversationId: string) {
  await page.goBack();
  await stillInTurn(page, conversationId);
  await page.evaluate(() => {
    window.location.hash = '#/settings';
  });
  await page.waitForTimeout(300);
  await stillInTurn(page, conversationId);
}

/** What the conversation shows after the turn, after a reload. */
async function expectTurnInConversation(page: Page, url: string, seed: TurnSeed) {
  await page.reload();
  for (const [area, rating] of RATED) {
    await conversationAt(page, url, seed.conversationId, area);
    const panel = page.locator(`[data-area-panel="${area}"]`);
    expect(await panel.locator(`[data-perspective="child"] [data-rating="${rating}"] input`).isChecked(), area).toBe(true);
    expect(await panel.getByTestId('child-turn-mark').count(), `${area} marked as the child's turn`).toBe(1);
  }
  await conversationAt(page, url, seed.conversationId, PASSED);
  const passed = page.locator(`[data-area-panel="${PASSED}"]`);
  expect(await passed.getByTestId('child-passed').isChecked()).toBe(true);
  expect(await passed.locator('[data-perspective="child"] [data-rating="none"] input').isChecked()).toBe(true);
  expect(await passed.getByTestId('child-turn-mark').count()).toBe(1);
  await conversationAt(page, url, seed.conversationId, OWN_WORDS_AREA);
  expect(await page.locator(`[data-area-panel="${OWN_WORDS_AREA}"] textarea[name="childWords"]`).inputValue()).toBe(OWN_WORDS);
  expect(await page.locator('[data-testid="child-voice"] textarea[name="childHopes"]').inputValue()).toBe(HOPES);
  expect(await page.locator('[data-testid="participation"] [data-way="childTurn"]').isChecked()).toBe(true);
  // The professional's own notes and ratings are untouched.
  await conversationAt(page, url, seed.conversationId, 'safe');
  expect(await page.locator('[data-area-panel="safe"] [data-perspective="guardian"] [data-rating="2"] input').isChecked()).toBe(true);
}

async function expectNoLeaks(page: Page) {
  const { leaks, checks } = await turnLeaks(page);
  expect(leaks).toEqual([]);
  // The watch really ran, many times, while the turn was on screen.
  expect(checks).toBeGreaterThan(10);
}

async function startTurn(page: Page, how: 'tap' | 'keyboard') {
  const start = page.getByTestId('child-turn-start');
  if (how === 'tap') await start.tap();
  else {
    await start.focus();
    await page.keyboard.press('Enter');
  }
  await turn(page).locator('[data-child-area]').waitFor();
}

/** Sets up the browser for one language and way of using it, seeds a conversation and opens it. */
async function prepare(lng: 'sv' | 'ar', device: 'phone' | 'tablet'): Promise<{ page: Page; seed: TurnSeed }> {
  const { page } = await session.reopen(
    device === 'phone'
      ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1024, height: 768 } },
  );
  await watchTurnForLeaks(page, [...(OTHER_PERSPECTIVES[lng] ?? []), ...(OTHER_PERSPECTIVES.sv ?? [])]);
  const seed = await seedForTurn(page, session.app.url);
  if (lng !== 'sv') await switchLanguage(page, lng);
  await conversationAt(page, session.app.url, seed.conversationId);
  return { page, seed };
}

describe("the child's turn", () => {
  for (const lng of ['sv', 'ar'] as const) {
    it(`goes through the whole wheel by touch on a 390 × 844 phone (${lng})`, async () => {
      const { page, seed } = await prepare(lng, 'phone');
      await startTurn(page, 'tap');
      const root = turn(page);
      expect(await root.getAttribute('lang')).toBe(lng);
      expect(await root.getAttribute('dir')).toBe(lng === 'ar' ? 'rtl' : 'ltr');
      await cannotNavigateAway(page, seed.conversationId);

      for (const [area, rating] of RATED) {
        expect(await shownArea(page)).toBe(area);
        // Big faces: at least 64 × 64 px, five in a row.
        const face = root.locator(`[data-child-answer="${rating}"]`);
        const box = await face.boundingBox();
        expect(box && box.width >= 64 && box.height >= 64, `${area}: face size`).toBe(true);
        await face.tap();
        expect(await face.getAttribute('aria-pressed')).toBe('true');
        expect(await root.locator('[data-child-answer][aria-pressed="true"]').count()).toBe(1);
        await root.locator('.child-step-next').tap();
      }
      const rows = await root
        .locator('.child-faces [data-child-answer]')
        .evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
      expect(rows).toBe(1);
      expect(await shownArea(page)).toBe(PASSED);
      await root.locator('[data-child-answer="pass"]').tap();
      expect(await root.locator('[data-child-answer="pass"]').getAttribute('aria-pressed')).toBe('true');
      // Tapping the wheel goes to an area directly.
      await root.locator(`[data-testid="wheel"] [data-area="${OWN_WORDS_AREA}"]`).tap();
      expect(await root.locator(`[data-testid="wheel"] [data-area="${OWN_WORDS_AREA}"]`).getAttribute('aria-pressed')).toBe('true');
      expect(await shownArea(page)).toBe(OWN_WORDS_AREA);
      await root.getByTestId('child-words').tap();
      await page.keyboard.type(OWN_WORDS);
      await root.locator('.child-step-next').tap();
      expect(await shownArea(page)).toBe('included');
      await root.locator('.child-step-next').tap();
      expect(await shownArea(page)).toBe('hopes');
      await root.getByTestId('child-hopes').tap();
      await page.keyboard.type(HOPES);
      await screenshot(page, `child-turn-phone-${lng}-hopes`);
      await cannotNavigateAway(page, seed.conversationId);

      // A tap on the exit only says how to leave.
      const exit = page.getByTestId('child-turn-exit');
      await exit.tap();
      await expect.poll(() => page.locator('.child-turn-exit-hint').textContent()).not.toBe('');
      await page.waitForTimeout(HOLD);
      await stillInTurn(page, seed.conversationId);
      // A finger held on it for 1.5 s leaves.
      await exit.scrollIntoViewIfNeeded();
      const box = await exit.boundingBox();
      if (!box) throw new Error('no exit');
      const cdp = await page.context().newCDPSession(page);
      const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
      await page.waitForTimeout(HOLD);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForURL(/#\/conversation\//);
      await page.getByTestId('child-turn-start').waitFor();
      await expectNoLeaks(page);
      await expectTurnInConversation(page, session.app.url, seed);
    });

    it(`goes through the whole wheel by keyboard alone on a tablet (${lng})`, async () => {
      const { page, seed } = await prepare(lng, 'tablet');
      await startTurn(page, 'keyboard');
      const root = turn(page);
      expect(await root.getAttribute('dir')).toBe(lng === 'ar' ? 'rtl' : 'ltr');
      // The wheel first: arrow keys follow the reading direction.
      await tabTo(page, '[data-testid="child-turn"] [data-area="safe"]');
      await page.keyboard.press(lng === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      expect(await shownArea(page)).toBe('healthy');
      await page.keyboard.press(lng === 'ar' ? 'ArrowRight' : 'ArrowLeft');
      expect(await shownArea(page)).toBe('safe');
      await cannotNavigateAway(page, seed.conversationId);

      for (const [area, rating] of RATED) {
        expect(await shownArea(page)).toBe(area);
        await tabTo(page, `[data-child-answer="${rating}"]`);
        await page.keyboard.press('Space');
        expect(await root.locator(`[data-child-answer="${rating}"]`).getAttribute('aria-pressed')).toBe('true');
        await tabTo(page, '.child-step-next');
        await page.keyboard.press('Enter');
        // The focus follows to the next area's heading, where reading starts again.
        await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('child-area-label') ?? false)).toBe(true);
      }
      expect(await shownArea(page)).toBe(PASSED);
      await tabTo(page, '[data-child-answer="pass"]');
      await page.keyboard.press('Enter');
      expect(await root.locator('[data-child-answer="pass"]').getAttribute('aria-pressed')).toBe('true');
      await tabTo(page, '.child-step-next');
      await page.keyboard.press('Enter');
      expect(await shownArea(page)).toBe(OWN_WORDS_AREA);
      await tabTo(page, '[data-testid="child-words"]');
      await page.keyboard.type(OWN_WORDS);
      await tabTo(page, '.child-step-next');
      await page.keyboard.press('Enter');
      await tabTo(page, '.child-step-next');
      await page.keyboard.press('Enter');
      expect(await shownArea(page)).toBe('hopes');
      await tabTo(page, '[data-testid="child-hopes"]');
      await page.keyboard.type(HOPES);
      await screenshot(page, `child-turn-tablet-${lng}-hopes`);

      // Enter or Space pressed briefly on the exit does not leave; held down for 1.5 s it does.
      await tabTo(page, '[data-testid="child-turn-exit"]');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('.child-turn-exit-hint').textContent()).not.toBe('');
      await page.waitForTimeout(HOLD);
      await stillInTurn(page, seed.conversationId);
      await holdExit(page, 'Space');
      await page.waitForURL(/#\/conversation\//);
      await page.getByTestId('child-turn-start').waitFor();
      await expectNoLeaks(page);
      await expectTurnInConversation(page, session.app.url, seed);
    });
  }

  it('asks for the passphrase before leaving when the lock is on; a click or a wrong passphrase does not leave', async () => {
    const { page } = session.opened;
    await watchTurnForLeaks(page, OTHER_PERSPECTIVES.sv ?? []);
    const seed = await seedForTurn(page, session.app.url);
    const passphrase = 'barnets tur lösenfras 42';
    await page.goto(`${session.app.url}#/settings`);
    await page.locator('[data-testid="lock-settings"][data-lock="off"]').waitFor();
    await fillTurnOnForm(page, passphrase);
    await page.locator('[data-testid="lock-settings"][data-lock="on"]').waitFor({ timeout: 60_000 });
    await conversationAt(page, session.app.url, seed.conversationId);
    await page.getByTestId('child-turn-start').click();
    await turn(page).locator('[data-child-area]').waitFor();
    await turn(page).locator('[data-child-answer="5"]').click();

    const exit = page.getByTestId('child-turn-exit');
    await exit.click();
    await page.waitForTimeout(HOLD);
    expect(await page.getByTestId('child-turn-passphrase').count()).toBe(0);
    // A mouse held down for 1.5 s asks for the passphrase.
    await holdExit(page, 'mouse');
    const field = page.getByTestId('child-turn-passphrase');
    await field.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('child-turn-passphrase');
    await field.fill('fel lösenfras');
    await page.getByTestId('child-turn-passphrase-submit').click();
    await expect.poll(() => page.getByTestId('child-turn-passphrase-status').textContent(), { timeout: 30_000 }).toMatch(/Fel lösenfras/);
    await stillInTurn(page, seed.conversationId);
    // Cancelled, the turn goes on; the next try waits out the delay after a wrong passphrase.
    await page.getByTestId('child-turn-passphrase-cancel').click();
    expect(await field.count()).toBe(0);
    await holdExit(page, 'mouse');
    await field.waitFor();
    await page.waitForTimeout(1500);
    await field.fill(passphrase);
    await page.getByTestId('child-turn-passphrase-submit').click();
    await page.waitForURL(/#\/conversation\//, { timeout: 30_000 });
    await page.getByTestId('child-turn-start').waitFor();
    await expectNoLeaks(page);
    await page.reload();
    await page.locator('[data-testid="lock-screen"]').waitFor();
  });

  it('locks itself when idle in the turn too, and comes back to the turn (still held) after unlocking', async () => {
    const { page } = session.opened;
    await page.clock.install();
    await watchTurnForLeaks(page, OTHER_PERSPECTIVES.sv ?? []);
    const seed = await seedForTurn(page, session.app.url);
    const passphrase = 'barnets tur lösenfras 43';
    await page.goto(`${session.app.url}#/settings`);
    await page.locator('[data-testid="lock-settings"][data-lock="off"]').waitFor();
    await fillTurnOnForm(page, passphrase);
    await page.locator('[data-testid="lock-settings"][data-lock="on"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="idle-minutes"]').selectOption('1');
    await page.getByText('Sparat.').waitFor();
    await conversationAt(page, session.app.url, seed.conversationId);
    await page.getByTestId('child-turn-start').click();
    await turn(page).locator('[data-child-area="safe"]').waitFor();
    await turn(page).locator('[data-child-answer="2"]').click();

    await page.clock.fastForward('01:05');
    await page.locator('[data-testid="lock-screen"]').waitFor();
    expect(await turn(page).count()).toBe(0);
    expect(await page.locator('.app-header, .app-nav').count()).toBe(0);
    // Back on the lock screen changes nothing the child could see.
    await page.locator('[data-testid="unlock-passphrase"]').fill(passphrase);
    await page.locator('[data-testid="unlock-submit"]').click();
    // The turn goes on where nothing is answered yet; the answer given before the lock is there.
    await turn(page).locator('[data-child-area="healthy"]').waitFor({ timeout: 30_000 });
    await turn(page).locator('[data-testid="wheel"] [data-area="safe"]').click();
    await turn(page).locator('[data-child-area="safe"] [data-child-answer="2"][aria-pressed="true"]').waitFor();
    await cannotNavigateAway(page, seed.conversationId);
    await holdExit(page, 'mouse', () => page.clock.fastForward('00:02'));
    await page.getByTestId('child-turn-passphrase').fill(passphrase);
    await page.getByTestId('child-turn-passphrase-submit').click();
    await page.getByTestId('child-turn-start').waitFor({ timeout: 30_000 });
    expect((await turnLeaks(page)).leaks).toEqual([]);
  });

  it("shows the child's own words, the pass, the hopes and how the child took part in the summaries", async () => {
    const { page } = await session.reopen({ permissions: ['clipboard-read', 'clipboard-write'] });
    const seed = await seedForTurn(page, session.app.url);
    await page.getByTestId('child-turn-start').click();
    const root = turn(page);
    await root.locator('[data-child-area="safe"]').waitFor();
    await root.locator('[data-child-answer="4"]').click();
    await root.locator('.child-step-next').click();
    await root.locator('[data-child-answer="pass"]').click();
    await root.getByTestId('child-words').fill('Jag sover dåligt');
    await root.getByTestId('child-hopes-open').click();
    await root.getByTestId('child-hopes').fill(HOPES);
    await holdExit(page, 'mouse');
    await page.getByTestId('child-turn-start').waitFor();
    await page.locator('[data-testid="participation"] [data-obtained="yes"]').check();

    await page.goto(`${session.app.url}#/summary/${encodeURIComponent(seed.conversationId)}`);
    const doc = page.locator('.summary-doc').first();
    await doc.waitFor();
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      expect(await doc.locator('[data-summary-area="safe"] .summary-ratings').textContent()).toContain('Barnet: 4 av 5, Ganska bra (i Barnets tur)');
      const healthy = doc.locator('[data-summary-child-voice="healthy"]');
      expect(await healthy.isVisible()).toBe(true);
      expect(await healthy.textContent()).toContain('Barnet: Ville inte säga (i Barnets tur)');
      expect(await healthy.textContent()).toContain('Barnets egna ord: ”Jag sover dåligt”');
      expect(await doc.locator('[data-summary-hopes]').textContent()).toContain(`”${HOPES}”`);
      const participation = await doc.locator('[data-summary-participation]').textContent();
      expect(participation).toContain('Barnets delaktighet');
      expect(participation).toContain('Barnets tur (barnet svarade själv på enheten)');
      expect(participation).toContain('Områden där barnet svarade själv i Barnets turTrygg, Må bra');
    }
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('copy-text').first().click();
    await expect.poll(() => page.getByTestId('copy-status').first().textContent()).not.toBe('');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Barnets delaktighet\nBarnet deltog genom: Barnets tur (barnet svarade själv på enheten)');
    expect(text).toContain('Barnets åsikter har inhämtats: Ja');
    expect(text).toContain('Områden där barnet svarade själv i Barnets tur: Trygg, Må bra');
    expect(text).toContain('Må bra\n  Barnet: Ville inte säga (i Barnets tur)\n  Barnets egna ord: ”Jag sover dåligt”');
    expect(text).toContain(`Barnets önskningar: ”${HOPES}”`);
  });

  it('finds no accessibility violation in the turn in any of the six languages, nor a missing text', async () => {
    const { page } = session.opened;
    const seed = await seedForTurn(page, session.app.url);
    const problems: string[] = [];
    const check = async (where: string) => {
      const violations = formatViolations(await runAxe(page));
      if (violations) problems.push(...violations.split('\n').map((line) => `${where}: ${line}`));
      const missing = await page.evaluate(() => window.__hjuletMissingKeys ?? []);
      if (missing.length) problems.push(`${where}: missing texts ${[...new Set(missing)].join(', ')}`);
    };
    for (const lng of LANGUAGES) {
      await conversationAt(page, session.app.url, seed.conversationId);
      await switchLanguage(page, lng);
      await page.getByTestId('child-turn-start').click();
      await turn(page).locator('[data-child-area]').waitFor();
      expect(await turn(page).getAttribute('lang')).toBe(lng);
      await turn(page).locator('[data-child-answer="3"]').click();
      await check(`${lng} area`);
      await turn(page).getByTestId('child-hopes-open').click();
      await turn(page).getByTestId('child-hopes').waitFor();
      await page.getByTestId('child-turn-exit').click();
      await check(`${lng} hopes and exit hint`);
      await screenshot(page, `child-turn-${lng}`);
      // Out again (the lock is off: the hold alone).
      await leaveTurn(page);
    }
    // Two languages side by side: the second one says its own language.
    await switchLanguage(page, 'sv');
    await page.getByTestId('child-turn-language').selectOption('so');
    await page.getByLabel('Visa också Svenska bredvid').check();
    await page.getByTestId('child-turn-start').click();
    await turn(page).locator('[data-child-area]').waitFor();
    expect(await turn(page).getAttribute('lang')).toBe('so');
    expect(await turn(page).locator('.child-area-second').getAttribute('lang')).toBe('sv');
    await check('so beside sv');
    expect(problems.join('\n')).toBe('');
  });
});
