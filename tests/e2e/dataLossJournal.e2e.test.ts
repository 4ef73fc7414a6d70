// Issue 11, point 1: switching away and back. Type, switch to another app before the autosave has written
// (the draft is journalled then), come back, type more: reopened, by in-app navigation or by reload,
// everything typed before and after is there. A journalled copy never wins over what was written later.
import { describe, expect, it } from 'vitest';
import { appSession } from './helpers/session';
import { addChild, startConversation } from './helpers/app';
import { field, hide, show, typeAtEnd, waitSaved } from './dataLossSteps';

const session = appSession();
const FIELDS = ['Det här går bra', 'Det här oroar', 'Anteckningar om hela samtalet'];
const TRIES = 20;

describe('switching away and back', () => {
  it(`keeps everything typed before and after, ${TRIES} of ${TRIES}, reopened by navigation and by reload`, async () => {
    const { page } = session.opened;
    await page.goto(session.app.url);
    await addChild(page, 'Mira S');
    const id = await startConversation(page);
    const expected = new Map(FIELDS.map((label) => [label, '']));
    // Only a try whose switch came before the write (so the draft was journalled) counts towards the 20.
    const counted = { navigation: 0, reload: 0 };
    for (let attempt = 0; counted.navigation + counted.reload < TRIES; attempt++) {
      expect(attempt, 'the switch came too late to journal the draft in most tries').toBeLessThan(TRIES * 2);
      const label = FIELDS[attempt % FIELDS.length] as string;
      const way = counted.navigation <= counted.reload ? 'navigation' : 'reload';
      const before = ` före${attempt}`;
      const after = ` efter${attempt}`;
      await typeAtEnd(field(page, label), before);
      // Every other time the page also goes into the back-forward cache (pagehide, then pageshow).
      const bfcache = attempt % 2 === 1;
      const journalled = await hide(page, id, { pagehide: bfcache });
      await page.waitForTimeout(200); // a moment in the other app
      await show(page, { pageshow: bfcache });
      await typeAtEnd(field(page, label), after);
      expected.set(label, `${expected.get(label) ?? ''}${before}${after}`);
      await waitSaved(page);

      if (way === 'navigation') {
        await page.evaluate(() => {
          location.hash = '#/';
        });
        await page.locator('#add-child-heading').waitFor();
        await page.evaluate((conversationId) => {
          location.hash = `#/conversation/${encodeURIComponent(conversationId)}?area=safe`;
        }, id);
      } else {
        await page.reload();
      }
      await page.locator('[data-area-panel="safe"]').waitFor();
      for (const [name, text] of expected) {
        expect(await field(page, name).inputValue(), `try ${attempt + 1} (${way}), "${name}"`).toBe(text);
      }
      if (journalled) counted[way]++;
    }
    expect(counted).toEqual({ navigation: TRIES / 2, reload: TRIES / 2 });
  });
});
