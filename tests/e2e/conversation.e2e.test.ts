// Issue 2 end to end: a whole wheel conversation in the production build, kept on the device.
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from './harness';
import { appSession } from './helpers/session';
import { addChild, openArea, ratingInput, startConversation, visibleTexts } from './helpers/app';

const AREAS = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'];
const SV_LABELS = ['Trygg', 'Må bra', 'Utvecklas', 'Omvårdad', 'Aktiv', 'Respekterad', 'Ansvarstagande', 'Delaktig'];

const session = appSession();

describe('a wheel conversation', () => {
  it('keeps ratings, notes and an action in three areas across an immediate reload', async () => {
    const { page } = session.opened;
    await page.goto(session.app.url);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await addChild(page, 'Kim L');
    const conversationId = await startConversation(page);

    await ratingInput(page, 'child', 4).check();
    await ratingInput(page, 'guardian', 3).check();
    await page.getByLabel('Det här går bra').fill('Trivs på fritids');
    await openArea(page, 'healthy');
    await ratingInput(page, 'professional', 2).check();
    await page.getByLabel('Det här oroar').fill('Sover dåligt');
    await page.locator('[data-area-panel]').getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await page.getByLabel('Åtgärd 1: vad').fill('Samtal med skolsköterskan');
    await page.getByLabel('Vem gör det').fill('Mentor');
    await openArea(page, 'included');
    await ratingInput(page, 'child', 5).check();
    await page.getByLabel('Det här behöver hända').click();
    // The last keystrokes, then reload at once: nothing typed may be lost.
    await page.keyboard.type('Fler kompisar på rasten');
    await page.reload();

    await page.locator('[data-area-panel="included"]').waitFor();
    expect(page.url()).toContain(conversationId);
    await expect.poll(() => page.getByLabel('Det här behöver hända').inputValue()).toBe('Fler kompisar på rasten');
    expect(await ratingInput(page, 'child', 5).isChecked()).toBe(true);
    await openArea(page, 'safe');
    expect(await ratingInput(page, 'child', 4).isChecked()).toBe(true);
    expect(await ratingInput(page, 'guardian', 3).isChecked()).toBe(true);
    expect(await ratingInput(page, 'professional', 'none').isChecked()).toBe(true);
    expect(await page.getByLabel('Det här går bra').inputValue()).toBe('Trivs på fritids');
    await openArea(page, 'healthy');
    expect(await ratingInput(page, 'professional', 2).isChecked()).toBe(true);
    expect(await page.getByLabel('Det här oroar').inputValue()).toBe('Sover dåligt');
    expect(await page.getByLabel('Åtgärd 1: vad').inputValue()).toBe('Samtal med skolsköterskan');
    expect(await page.getByLabel('Vem gör det').inputValue()).toBe('Mentor');

    // The wheel shows at a glance what was rated and noted.
    const healthyName = await page.locator('[data-area="healthy"]').getAttribute('aria-label');
    expect(healthyName).toBe('Må bra: Yrkesperson 2 av 5, Ganska svårt, har anteckningar');
    expect(await page.locator('[data-area="safe"] .wheel-rating').count()).toBe(2);

    // Found again from the home screen tomorrow.
    await page.goto(session.app.url + '#/');
    await page.getByRole('link', { name: /Kim L/ }).click();
    await expect.poll(() => page.locator('[data-testid="timeline"] li').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="timeline"]').innerText()).toMatch(/3 områden bedömda/);
  });

  it('walks all eight areas by keyboard alone, rating and writing by keyboard too', async () => {
    const { page } = session.opened;
    await page.goto(session.app.url);
    await addChild(page, 'Tangent');
    await page.getByRole('button', { name: 'Börja samtalet' }).waitFor();
    // Start the conversation with the keyboard: focus the button by tabbing, press Enter.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name === 'Börja samtalet') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/conversation\//);
    await page.locator('[data-area-panel="safe"]').waitFor();

    // Tab into the wheel.
    let reached = '';
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-area') ?? '');
    }
    expect(reached).toBe('safe');

    for (let i = 0; i < AREAS.length; i++) {
      const area = AREAS[i] as string;
      await page.keyboard.press(i === 0 ? 'Enter' : 'ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-area'))).toBe(area);
      await expect.poll(() => page.locator(`[data-area="${area}"]`).getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.locator(`[data-area-panel="${area}"] .area-label`).innerText()).toBe(SV_LABELS[i]);
      const focusVisible = await page.evaluate(() => document.activeElement?.matches(':focus-visible'));
      expect(focusVisible).toBe(true);
    }

    // From the wheel, Tab reaches the first rating group; arrows rate; Tab on to the notes.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => ratingInput(page, 'child', 5).isChecked()).toBe(true);
    // On past the other perspectives and the child's own answer (pass, own words) to the first note.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('name') === 'goingWell')) break;
    }
    await page.keyboard.type('Skrivet med tangentbordet');
    await expect.poll(() => page.getByLabel('Det här går bra').inputValue()).toBe('Skrivet med tangentbordet');

    // Previous/next buttons walk the wheel and take the focus along.
    const next = page.locator('[data-area-panel="included"]').getByRole('button', { name: /^Nästa: Trygg/ });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-area-panel="safe"]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Trygg');
  });

  it('starts keyboard users at the skip link, and moves focus to the new page on navigation', async () => {
    const { page } = session.opened;
    await page.goto(session.app.url);
    await page.locator('#add-child-heading').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.locator('.app-nav a[href="#/settings"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('switches every visible text and <html lang> from Swedish to English', async () => {
    const { page } = session.opened;
    await page.goto(session.app.url);
    await addChild(page, 'Ö-J');
    await startConversation(page);
    await page.getByLabel('Det här går bra').fill('Anteckning');
    const swedish = new Set(await visibleTexts(page));
    expect(swedish.has('Trygg')).toBe(true);

    await page.getByTestId('language-switcher').selectOption('en');
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    await expect.poll(() => page.locator('[data-area-panel] .area-label').innerText()).toBe('Safe');
    const english = await visibleTexts(page);
    // User data and symbols stay; every text of the app itself must have changed.
    const allowed = new Set(['Ö-J', '·', '–', '1', '2', '3', '4', '5']);
    const left = english.filter((text) => swedish.has(text) && !allowed.has(text));
    expect(left).toEqual([]);
    expect(await page.getByLabel('What is going well').inputValue()).toBe('Anteckning');

    // The choice is remembered.
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('has no axe violations on the home, child, conversation and public wheel views', async () => {
    const { page } = session.opened;
    await page.goto(session.app.url);
    await page.locator('#add-child-heading').waitFor();
    expect(formatViolations(await runAxe(page))).toBe('');
    await addChild(page, 'Axe');
    expect(formatViolations(await runAxe(page))).toBe('');
    await startConversation(page);
    await ratingInput(page, 'child', 2).check();
    await page.getByLabel('Det här oroar').fill('Något');
    expect(formatViolations(await runAxe(page))).toBe('');
    await page.goto(session.app.url + '#/wheel');
    await page.locator('[data-testid="wheel"]').waitFor();
    expect(formatViolations(await runAxe(page))).toBe('');
  });
});

describe('the public wheel page', () => {
  it('shows the wheel and every area in the language of the link, with nothing saved', async () => {
    const { page } = session.opened;
    await page.goto(session.app.url + '#/wheel?lang=en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('[data-testid="wheel"] [data-area="safe"]').waitFor();
    expect(await page.locator('[data-testid="wheel"] [data-area]').count()).toBe(8);
    for (const label of ['Safe', 'Healthy', 'Achieving', 'Nurtured', 'Active', 'Respected', 'Responsible', 'Included']) {
      await expect.poll(() => page.locator('.public-areas h2', { hasText: label }).count()).toBe(1);
    }
    await page.locator('[data-area="active"]').click();
    expect(await page.locator('[data-area="active"]').getAttribute('aria-pressed')).toBe('true');
    const stored = await page.evaluate(async () => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === 'hjulet')) return 0;
      return new Promise<number>((resolve) => {
        const open = indexedDB.open('hjulet');
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].filter((n) => n !== 'settings');
          if (names.length === 0) return resolve(0);
          const tx = db.transaction(names, 'readonly');
          let total = 0;
          let pending = names.length;
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => {
              total += req.result;
              if (--pending === 0) resolve(total);
            };
          }
        };
      });
    });
    expect(stored).toBe(0);
  });
});
