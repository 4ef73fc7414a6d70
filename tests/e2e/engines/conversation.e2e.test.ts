// A whole conversation in Chromium, WebKit and Firefox: add a child, rate and write notes and an action in
// three areas, reload at once after the last keystrokes, and everything is still there; the child's page
// lists the conversation.
import { expect, it } from 'vitest';
import { byRole } from './driver/find';
import { poll, waitForSelector } from './driver';
import { forEachEngine } from './session';
import { addChild, clickButton, expectText, isChecked, openArea, rate, ratingSelector, startConversation, valueOf, write } from './steps';

const NOTES = {
  goingWell: 'Trivs på fritids – spelar fotboll',
  worries: 'Sover dåligt, يحب المدرسة',
  action: 'Samtal med skolsköterskan',
  who: 'Mentor',
  needs: 'Fler kompisar på rasten',
};

forEachEngine('a wheel conversation', (s) => {
  it('keeps ratings, notes and an action in three areas across an immediate reload', async () => {
    const { page } = s;
    await page.open(s.app.url);
    await addChild(page, 'Kim L');
    const conversationId = await startConversation(page);

    await rate(page, 'child', 4);
    await rate(page, 'guardian', 3);
    await write(page, 'Det här går bra', NOTES.goingWell);
    await openArea(page, 'healthy');
    await rate(page, 'professional', 2);
    await write(page, 'Det här oroar', NOTES.worries);
    await clickButton(page, 'Lägg till åtgärd', '[data-area-panel]');
    await write(page, 'Åtgärd 1: vad', NOTES.action);
    await write(page, 'Vem gör det', NOTES.who);
    await openArea(page, 'included');
    await rate(page, 'child', 5);
    // The last keystrokes, then reload at once: nothing typed may be lost.
    await write(page, 'Det här behöver hända', NOTES.needs);
    await page.reload();

    await waitForSelector(page, '[data-area-panel="included"]');
    expect(await page.evaluate(() => location.hash)).toContain(conversationId);
    await poll(
      () => valueOf(page, 'Det här behöver hända'),
      (v) => v === NOTES.needs,
      { what: 'the last note after the reload' },
    );
    expect(await isChecked(page, ratingSelector('child', 5))).toBe(true);
    await openArea(page, 'safe');
    expect(await isChecked(page, ratingSelector('child', 4))).toBe(true);
    expect(await isChecked(page, ratingSelector('guardian', 3))).toBe(true);
    expect(await isChecked(page, ratingSelector('professional', 'none'))).toBe(true);
    expect(await valueOf(page, 'Det här går bra')).toBe(NOTES.goingWell);
    await openArea(page, 'healthy');
    expect(await isChecked(page, ratingSelector('professional', 2))).toBe(true);
    expect(await valueOf(page, 'Det här oroar')).toBe(NOTES.worries);
    expect(await valueOf(page, 'Åtgärd 1: vad')).toBe(NOTES.action);
    expect(await valueOf(page, 'Vem gör det')).toBe(NOTES.who);

    // The wheel shows at a glance what was rated and noted.
    expect(await page.evaluate(() => document.querySelector('[data-area="healthy"]')?.getAttribute('aria-label'))).toBe(
      'Må bra: Yrkesperson 2 av 5, Ganska svårt, har anteckningar',
    );
    expect(await page.evaluate(() => document.querySelectorAll('[data-area="safe"] .wheel-rating').length)).toBe(2);

    // Found again from the home screen.
    await page.open(`${s.app.url}#/`);
    await page.click(await byRole(page, 'link', 'Kim L', { match: 'start' }));
    await expectText(page, '[data-testid="timeline"]', /3 områden bedömda/);
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="timeline"] li').length)).toBe(1);
  });
});
