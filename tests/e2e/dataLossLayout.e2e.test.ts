// Issue 11, point 9: very long unbroken words in what users write never make a page scroll sideways. Every
// free-text field gets a 2 000-character word (child alias, network role and name, the three notes of an
// area, the overall notes, an action's what and who); every view that shows them is checked at 390 px,
// with every <details> open (the trend tables).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness';
import { appSession } from './helpers/session';
import { addChild, ratingInput, startConversation } from './helpers/app';
import { VIEWS, horizontalOverflow, type Seeded, type View } from './helpers/views';
import { waitSaved } from './dataLossSteps';

const session = appSession();
const LENGTH = 2000;

/** One unbroken word of 2 000 characters; it starts with the word the views' search looks for. */
function longWord(tag: string): string {
  const start = `fotboll${tag}`;
  return start + 'x'.repeat(LENGTH - start.length);
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function seedLongWords(page: Page): Promise<Seeded> {
  await page.goto(session.app.url);
  const childId = await addChild(page, longWord('alias'));

  const network = page.getByTestId('network');
  await network.getByRole('button', { name: 'Lägg till kontakt' }).click();
  await network.getByLabel('Roll eller verksamhet', { exact: true }).selectOption('other');
  await network.getByLabel('Vilken roll eller verksamhet?').fill(longWord('roll'));
  await network.getByLabel('Namn (valfritt)').fill(longWord('namn'));
  await network.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await network.getByText('Nätverket är sparat.').waitFor();

  const conversationId = await startConversation(page);
  const panel = page.locator('[data-area-panel="safe"]');
  await ratingInput(page, 'child', 4).check();
  await ratingInput(page, 'guardian', 2).check();
  await panel.getByLabel('Det här går bra').fill(longWord('bra'));
  await panel.getByLabel('Det här oroar').fill(longWord('oro'));
  await panel.getByLabel('Det här behöver hända').fill(longWord('steg'));
  await panel.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await panel.getByLabel('Åtgärd 1: vad').fill(longWord('vad'));
  await panel.getByLabel('Vem gör det').fill(longWord('vem'));
  await panel.getByLabel('Klart senast').fill(inDays(10));
  await page.getByLabel('Anteckningar om hela samtalet').fill(longWord('helhet'));
  await page.getByLabel('Datum för uppföljning').fill(inDays(20));
  await waitSaved(page);

  await page.goto(`${session.app.url}#/child/${encodeURIComponent(childId)}`);
  const laterConversationId = await startConversation(page);
  await ratingInput(page, 'child', 5).check();
  await page.locator('[data-area-panel="safe"]').getByLabel('Det här går bra').fill(longWord('senare'));
  await waitSaved(page);
  return { childId, conversationId, laterConversationId };
}

/** The later conversation shows what was agreed last time (the first one's action). */
const LATER_CONVERSATION: View = {
  name: 'later conversation (last time agreed)',
  async open(page, url, s) {
    await page.goto(`${url}#/conversation/${encodeURIComponent(s.laterConversationId)}?area=safe`);
    await page.locator('[data-area-panel="safe"] textarea').first().waitFor();
  },
};

describe('very long words', () => {
  it(`never make a view scroll sideways at 390 px (${LENGTH}-character words in every free-text field)`, async () => {
    const { page } = session.opened;
    const seeded = await seedLongWords(page);
    await page.setViewportSize({ width: 390, height: 844 });
    const problems: string[] = [];
    for (const view of [...VIEWS, LATER_CONVERSATION]) {
      await view.open(page, session.app.url, seeded);
      await page.evaluate(() => {
        for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
      });
      const overflow = await horizontalOverflow(page);
      if (overflow) {
        problems.push(`${view.name}: ${overflow}`);
        await screenshot(page, `long-words-390-${view.name}`);
      }
    }
    expect(problems).toEqual([]);
    // The words really are on screen where they should be (the views did not just hide them).
    await VIEWS.find((v) => v.name === 'home')?.open(page, session.app.url, seeded);
    expect(await page.locator('body').innerText()).toContain(longWord('alias'));
  });
});
