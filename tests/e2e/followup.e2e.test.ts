// Issue 7 end to end in Chromium: one child, three conversations over a year. Compare the first and the
// last; the first one's open actions greet the next conversation ("last time we agreed …"), where one is
// marked done (the child page follows) and one carried on; search finds a word from a note and opens its
// area. The steps build on each other, so one browser serves the whole file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, guardOrigins, openBrowser, runAxe, screenshot, startApp, type OpenedBrowser, type OriginGuard, type RunningApp } from './harness';
import { addChild, openArea, ratingInput, startConversation } from './helpers/app';

let app: RunningApp;
let opened: OpenedBrowser;
let guard: OriginGuard;
let page: Page;
let childId = '';
const ids: string[] = [];

/** yyyy-mm-dd `days` from today in the browser's zone (Europe/Stockholm in the harness). */
function isoDaysFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  return parts;
}

const DATES = [isoDaysFromToday(-300), isoDaysFromToday(-150), isoDaysFromToday(0)];

beforeAll(async () => {
  app = await startApp();
  opened = await openBrowser();
  guard = guardOrigins(opened.context, app.origin);
  page = opened.page;
});
afterAll(async () => {
  await opened?.close();
  await app?.close();
  expect(guard?.foreign ?? []).toEqual([]);
});

async function newConversation(date: string): Promise<string> {
  await page.goto(`${app.url}#/child/${childId}`);
  await page.locator('.start-conversation').getByLabel('Datum').fill(date);
  return startConversation(page);
}

async function addAreaAction(what: string, who: string, due: string) {
  const panel = page.locator('[data-area-panel]');
  await panel.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  const item = panel.locator('.action-item').last();
  await item.getByLabel(/: vad$/).fill(what);
  await item.getByLabel('Vem gör det').fill(who);
  await item.getByLabel('Klart senast').fill(due);
}

async function backToChild() {
  await page.locator('.conversation-header .breadcrumb a').click();
  await page.waitForURL(/#\/child\//);
  await page.locator('[data-testid="timeline"]').waitFor();
}

function openAction(what: string) {
  return page.locator('[data-testid="open-actions"] .open-action', { hasText: what });
}

describe('follow-up over time', () => {
  it('records three conversations; open actions of the first greet the later ones', async () => {
    await page.goto(app.url);
    childId = await addChild(page, 'Ella F');

    ids.push(await newConversation(DATES[0] as string));
    await ratingInput(page, 'child', 2).check();
    await page.getByLabel('Det här oroar').fill('Otrygg vid klätterställningen på rasten');
    await addAreaAction('Ringa skolsköterskan', 'Mentor', isoDaysFromToday(-280));
    await openArea(page, 'healthy');
    await ratingInput(page, 'child', 4).check();
    await addAreaAction('Träffa kuratorn', 'Vårdnadshavare', isoDaysFromToday(20));
    await backToChild();
    // The first overdue action stands out in words (and an icon) on the child page.
    await expect.poll(() => openAction('Ringa skolsköterskan').innerText()).toMatch(/Försenad: skulle vara klar/);
    expect(await openAction('Ringa skolsköterskan').locator('svg.icon-warning').count()).toBe(1);

    ids.push(await newConversation(DATES[1] as string));
    const lastTime = page.getByTestId('last-time');
    await expect.poll(() => lastTime.locator('.open-action').count()).toBe(2);
    await screenshot(page, 'followup-last-time');
    expect(await lastTime.getByRole('heading', { level: 2 }).innerText()).toBe('Förra gången kom vi överens om …');
    await ratingInput(page, 'child', 3).check();
    await backToChild();

    ids.push(await newConversation(DATES[2] as string));
    await ratingInput(page, 'child', 4).check();
    await openArea(page, 'healthy');
    await ratingInput(page, 'child', 2).check();
    await expect.poll(() => lastTime.locator('.open-action').count()).toBe(2);
    await lastTime.getByRole('button', { name: 'Markera som klar: Ringa skolsköterskan' }).click();
    await expect.poll(() => lastTime.locator('.open-action').count()).toBe(1);
    await lastTime.getByRole('button', { name: 'Fortsätt med den i det här samtalet: Träffa kuratorn' }).click();
    await expect.poll(() => lastTime.innerText()).toMatch(/Alla åtgärder från tidigare samtal är hanterade/);
    // The carried action is now this conversation's own, with its due date, in its area.
    await expect.poll(() => page.locator('[data-area-panel="healthy"] .action-item input').first().inputValue()).toBe('Träffa kuratorn');

    await backToChild();
    await expect.poll(() => page.locator('[data-testid="timeline"] li').count()).toBe(3);
    const timelineIds = await page.locator('[data-testid="timeline"] > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-conversation-id')));
    expect(timelineIds).toEqual([...ids].reverse());
    await screenshot(page, 'followup-child-page');
    // Marked done in the conversation it came from: gone from the child page. The carried one points at its newest copy.
    await expect.poll(() => openAction('Ringa skolsköterskan').count()).toBe(0);
    expect(await openAction('Träffa kuratorn').getByRole('link').getAttribute('href')).toBe(`#/conversation/${ids[2]}?area=healthy`);
    expect(formatViolations(await runAxe(page))).toBe('');

    // The home screen lists the upcoming action among its follow-ups.
    await page.goto(`${app.url}#/`);
    await expect.poll(() => page.getByTestId('follow-ups-upcoming').innerText()).toMatch(/Ella F\s*Åtgärd: Träffa kuratorn/);
    await screenshot(page, 'followup-home');
  });

  it('compares the first and the last conversation in one wheel and in words', async () => {
    await page.goto(`${app.url}#/child/${childId}`);
    await page.getByRole('link', { name: 'Jämför samtal' }).click();
    await page.waitForURL(/#\/compare\//);
    await page.getByLabel('Tidigare samtal').selectOption(ids[0] as string);
    await expect.poll(() => page.url()).toContain(`from=${ids[0]}`);
    expect(page.url()).toContain(`to=${ids[2]}`);
    const safe = page.locator('[data-area-change="safe"]');
    await expect.poll(() => safe.locator('h3').innerText()).toMatch(/Trygg: högre/);
    expect(await safe.innerText()).toContain('Barnet: från 2 till 4, högre');
    expect(await page.locator('[data-area-change="healthy"] h3').innerText()).toMatch(/Må bra: lägre/);
    // Later ratings filled, earlier ones as dashed outlines.
    expect(await page.locator('[data-area="safe"] .wheel-rating').count()).toBe(1);
    expect(await page.locator('[data-area="safe"] .wheel-earlier').count()).toBe(1);
    await screenshot(page, 'followup-compare');
    expect(formatViolations(await runAxe(page))).toBe('');
  });

  it('finds a word from a note offline-style, without putting it in the URL, and opens its area', async () => {
    await page.goto(`${app.url}#/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Sök' }).click();
    await page.waitForURL(/#\/search$/);
    await page.getByTestId('search-input').fill('klätter');
    const results = page.getByTestId('search-results');
    await expect.poll(() => results.getAttribute('data-results-for')).toBe('klätter');
    expect(await results.locator('li').count()).toBe(1);
    expect(await results.locator('mark').first().innerText()).toBe('klätter');
    expect(page.url()).not.toContain('klätter');
    await screenshot(page, 'followup-search');
    expect(formatViolations(await runAxe(page))).toBe('');
    await results.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`#/conversation/${ids[0]}\\?area=safe$`));
    await expect.poll(() => page.getByLabel('Det här oroar').inputValue()).toBe('Otrygg vid klätterställningen på rasten');
  });
});
