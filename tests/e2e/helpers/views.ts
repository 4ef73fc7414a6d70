// Every view of the app, with data to show, for the accessibility and layout e2e tests (issue 8).
// Data goes in through the UI once (Swedish labels, the default language); then each view is opened by
// its address (a same-document hash change, so in-memory state such as the search words stays).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { addChild, ratingInput, startConversation } from './app';

export interface Seeded {
  childId: string;
  /** The first conversation: ratings, notes and an action in "safe", a follow-up date. */
  conversationId: string;
  /** A later conversation of the same child, so that compare has two to compare. */
  laterConversationId: string;
}

/** Words of the seeded notes, found by search. */
export const SEARCH_WORD = 'fotboll';

/** yyyy-mm-dd `days` from now, so that the home screen lists it as coming up. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function seedThroughUi(page: Page, url: string): Promise<Seeded> {
  await page.goto(url);
  const childId = await addChild(page, 'Lina A');
  const conversationId = await startConversation(page);
  const panel = page.locator('[data-area-panel="safe"]');
  await ratingInput(page, 'child', 4).check();
  await ratingInput(page, 'guardian', 3).check();
  await ratingInput(page, 'professional', 4).check();
  await panel.getByLabel('Det här går bra').fill('Spelar fotboll på rasten');
  await panel.getByLabel('Det här oroar').fill('Sömnen');
  await panel.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await panel.getByLabel('Åtgärd 1: vad').fill('Prata med mentor om fotboll');
  await panel.getByLabel('Vem gör det').fill('Mentor');
  await panel.getByLabel('Klart senast').fill(inDays(10));
  await page.getByLabel('Datum för uppföljning').fill(inDays(20));
  await page.locator('[data-area="healthy"]').click();
  await ratingInput(page, 'child', 2).check();
  await expect
    .poll(() =>
      page
        .getByTestId('save-status')
        .getAttribute('data-state')
        .catch(() => 'saved'),
    )
    .toBe('saved');

  await page.goto(`${url}#/child/${encodeURIComponent(childId)}`);
  const laterConversationId = await startConversation(page);
  await ratingInput(page, 'child', 5).check();
  await page.locator('[data-area-panel="safe"]').getByLabel('Det här går bra').fill('Fotboll varje dag');
  await expect
    .poll(() =>
      page
        .getByTestId('save-status')
        .getAttribute('data-state')
        .catch(() => 'saved'),
    )
    .toBe('saved');
  return { childId, conversationId, laterConversationId };
}

export interface View {
  name: string;
  /** Opens the view from anywhere in the app and waits until it shows its content. */
  open(page: Page, url: string, seeded: Seeded): Promise<void>;
}

const hash = (page: Page, url: string, path: string) => page.goto(`${url}#${path}`);
const id = encodeURIComponent;

/** What the app shows: every page (Barnets plan too), the conversation with an area open and in the family view. */
export const VIEWS: View[] = [
  {
    name: 'home',
    async open(page, url) {
      await hash(page, url, '/');
      await page.locator('[data-testid="child-list"] a').first().waitFor();
      await page.locator('[data-testid="follow-ups"]').waitFor();
    },
  },
  {
    name: 'child',
    async open(page, url, s) {
      await hash(page, url, `/child/${id(s.childId)}`);
      await page.locator('[data-testid="timeline"] > li').nth(1).waitFor();
      await page.locator('[data-testid="trend"]').waitFor();
    },
  },
  {
    name: 'conversation',
    async open(page, url, s) {
      await hash(page, url, `/conversation/${id(s.conversationId)}?area=safe`);
      await page.locator('[data-area-panel="safe"] textarea').first().waitFor();
    },
  },
  {
    name: 'family view',
    async open(page, url, s) {
      await hash(page, url, `/conversation/${id(s.conversationId)}?area=safe`);
      await page.getByTestId('family-view-open').click();
      await page.locator('[data-testid="family-view"] [data-testid="wheel"]').waitFor();
    },
  },
  {
    name: 'summary',
    async open(page, url, s) {
      await hash(page, url, `/summary/${id(s.conversationId)}`);
      await page.locator('.summary-doc').first().waitFor();
    },
  },
  {
    name: 'compare',
    async open(page, url, s) {
      await hash(page, url, `/compare/${id(s.childId)}?from=${id(s.conversationId)}&to=${id(s.laterConversationId)}`);
      await page.locator('.compare-page [data-testid="wheel"]').first().waitFor();
    },
  },
  {
    name: 'plan',
    async open(page, url, s) {
      await hash(page, url, `/plan/${id(s.childId)}`);
      await page.locator('[data-plan-lang] [data-plan-part="agreement"]').first().waitFor();
    },
  },
  {
    name: 'search',
    async open(page, url) {
      await hash(page, url, '/search');
      const input = page.getByTestId('search-input');
      if ((await input.inputValue()) !== SEARCH_WORD) await input.fill(SEARCH_WORD);
      await page.locator(`[data-testid="search-results"][data-results-for="${SEARCH_WORD}"][aria-busy="false"] li`).first().waitFor();
    },
  },
  {
    name: 'public wheel',
    async open(page, url) {
      await hash(page, url, '/wheel');
      await page.locator('.public-wheel [data-testid="wheel"] [data-area="included"]').waitFor();
    },
  },
  {
    name: 'settings',
    async open(page, url) {
      await hash(page, url, '/settings');
      await page.locator('[data-testid="lock-settings"]').waitFor();
      await page.locator('[data-testid="storage-usage"]').waitFor();
    },
  },
  {
    name: 'recordings',
    async open(page, url) {
      await hash(page, url, '/settings/recordings?lang=so');
      await page.locator('[data-voice-key="wheel:areas.safe.label"]').waitFor();
      await page.locator('[data-testid="voice-choice"]').waitFor();
    },
  },
  {
    name: 'accessibility statement',
    async open(page, url) {
      await hash(page, url, '/accessibility');
      await page.locator('.statement h1').waitFor();
    },
  },
];

/** Switches the UI language with the header's switcher and waits for <html lang>. */
export async function switchLanguage(page: Page, lng: string): Promise<void> {
  await page.getByTestId('language-switcher').first().selectOption(lng);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lng);
}

export const LANGUAGES = ['sv', 'en', 'fi', 'so', 'ar', 'kmr'] as const;

/** What sticks out sideways: '' when the page does not scroll horizontally. */
export async function horizontalOverflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return '';
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > root.clientWidth + 0.5 || box.left < -0.5);
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').replace(/\s+/g, '.')} (${Math.round(el.getBoundingClientRect().width)} px)`,
      );
    return `scrollWidth ${root.scrollWidth} > ${root.clientWidth}: ${wide.join(', ')}`;
  });
}
