// Issue 11, point 5: a crashed tab (or a killed browser) keeps what was typed 150 ms before it died. A
// crash fires no pagehide and leaves no journal: only the autosave, soon after typing stops, can keep it.
import { describe, expect, it } from 'vitest';
import { appSession } from './helpers/session';
import { addChild, startConversation } from './helpers/app';
import { crash, field, typeAtEnd } from './dataLossSteps';

const session = appSession();
const TRIES = 10;
const AFTER_LAST_KEY_MS = 150;

describe('a renderer crash', () => {
  it(`keeps what was typed ${AFTER_LAST_KEY_MS} ms before, ${TRIES} of ${TRIES}`, async () => {
    const { context } = session.opened;
    let page = session.opened.page;
    await page.goto(session.app.url);
    await addChild(page, 'Theo K');
    const id = await startConversation(page);
    const labels = ['Det här går bra', 'Anteckningar om hela samtalet'];
    const expected = new Map(labels.map((label) => [label, '']));
    for (let i = 0; i < TRIES; i++) {
      const label = labels[i % labels.length] as string;
      const text = ` skrivet före krasch ${i + 1}`;
      await typeAtEnd(field(page, label), text);
      expected.set(label, `${expected.get(label) ?? ''}${text}`);
      await page.waitForTimeout(AFTER_LAST_KEY_MS);
      await crash(context, page);
      await page.close();

      page = await context.newPage();
      await page.goto(`${session.app.url}#/conversation/${encodeURIComponent(id)}?area=safe`);
      await page.locator('[data-area-panel="safe"]').waitFor();
      for (const [name, value] of expected) expect(await field(page, name).inputValue(), `crash ${i + 1}, "${name}"`).toBe(value);
    }
  });
});
