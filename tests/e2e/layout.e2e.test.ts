// Issue 8: the layout on small screens and for people who change how things look. On every view:
// - no horizontal scrolling at 320 px wide, nor at 200 % zoom (a 1280 × 900 window at 200 % is 640 × 450
//   CSS pixels), in all six languages (long Finnish and Swedish compounds);
// - touch targets of at least 44 × 44 px at 360 px wide: buttons, the main menu's links, wheel areas,
//   rating options and checkbox labels;
// - prefers-reduced-motion: reduce leaves no transition or animation running anywhere;
// - forced colours (Windows high contrast): the selected sector and the rating fills get system colours
//   that differ from the background, so the wheel and the ratings stay readable (screenshots are saved).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness';
import { appSession } from './helpers/session';
import { systemColours } from './helpers/systemColours';
import { LANGUAGES, VIEWS, horizontalOverflow, seedThroughUi, switchLanguage, type Seeded } from './helpers/views';

const session = appSession();

async function seed(page: Page): Promise<Seeded> {
  return seedThroughUi(page, session.app.url);
}

/** Interactive things smaller than 44 × 44 CSS px, one line each. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selectors = ['button', '.app-nav a', '[data-area]', '.rating-option', 'label.checkbox', 'a.button-secondary', '.child-card'];
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll(selectors.join(',')))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (box.width < 44 - 0.5 || box.height < 44 - 0.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        out.push(
          `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(/\s+/)[0]} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return out;
  });
}

describe('layout', () => {
  it('never scrolls sideways at 320 px wide or at 200 % zoom, in every language', async () => {
    const { page } = session.opened;
    const seeded = await seed(page);
    const problems: string[] = [];
    for (const lng of LANGUAGES) {
      await switchLanguage(page, lng);
      for (const size of [
        { width: 320, height: 640, name: '320 px' },
        { width: 640, height: 450, name: '200 % zoom' },
      ]) {
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const view of VIEWS) {
          await view.open(page, session.app.url, seeded);
          const overflow = await horizontalOverflow(page);
          if (overflow) {
            problems.push(`${lng} ${size.name} ${view.name}: ${overflow}`);
            await screenshot(page, `layout-${lng}-${size.width}-${view.name}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps touch targets at least 44 × 44 px at 360 px wide', async () => {
    const { page } = session.opened;
    const seeded = await seed(page);
    await page.setViewportSize({ width: 360, height: 740 });
    const problems: string[] = [];
    for (const view of VIEWS) {
      await view.open(page, session.app.url, seeded);
      for (const small of await smallTargets(page)) problems.push(`${view.name}: ${small}`);
    }
    expect(problems).toEqual([]);
  });

  it('runs no transition or animation when reduced motion is asked for', async () => {
    const { page } = session.opened;
    const seeded = await seed(page);
    const durations = () =>
      page.evaluate(() => {
        const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) || 0));
        return Array.from(document.querySelectorAll('*')).map((el) => {
          const style = getComputedStyle(el);
          const transition = seconds(style.transitionDuration);
          const animation = style.animationName === 'none' ? 0 : seconds(style.animationDuration);
          return { what: `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '')}`, moving: transition + animation };
        });
      });
    // Without the setting the wheel does move (so the check below has something to switch off).
    await VIEWS.find((v) => v.name === 'conversation')?.open(page, session.app.url, seeded);
    expect((await durations()).filter((d) => d.what.includes('wheel-sector') && d.moving > 0).length).toBeGreaterThan(0);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving: string[] = [];
    for (const view of VIEWS) {
      await view.open(page, session.app.url, seeded);
      for (const d of await durations()) if (d.moving > 0) moving.push(`${view.name}: ${d.what} ${d.moving} s`);
    }
    expect(moving).toEqual([]);
  });

  it('keeps the wheel and the ratings readable in forced colours (Windows high contrast)', async () => {
    const { page } = session.opened;
    const seeded = await seed(page);
    await page.emulateMedia({ forcedColors: 'active' });
    await VIEWS.find((v) => v.name === 'conversation')?.open(page, session.app.url, seeded);
    const system = await systemColours(page);
    const drawn = await page.evaluate(() => {
      const fill = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).fill : 'missing';
      };
      const option = document.querySelector('[data-area-panel] [data-perspective="child"] .rating-option.is-checked');
      return {
        selectedLabel: fill('[data-area="safe"] .wheel-label'),
        otherLabel: fill('[data-area="achieving"] .wheel-label'),
        selectedSector: fill('[data-area="safe"] .wheel-sector'),
        otherSector: fill('[data-area="achieving"] .wheel-sector'),
        // The rating wedges are filled with patterns (one per perspective) drawn in these colours.
        childRating: fill('[data-testid="wheel"] .wheel-fill-child'),
        guardianRating: fill('[data-testid="wheel"] .wheel-fill-guardian'),
        patternBackground: fill('[data-testid="wheel"] .wheel-fill-bg'),
        ratingOutline: (() => {
          const wedge = document.querySelector('[data-area="safe"] .wheel-rating-child');
          return wedge ? getComputedStyle(wedge).stroke : 'missing';
        })(),
        checkedOptionBorder: option ? getComputedStyle(option).borderTopColor : 'missing',
        checkedOptionWidth: option ? getComputedStyle(option).borderTopWidth : 'missing',
      };
    });
    const colours = { ...system, ...drawn };
    await screenshot(page, 'forced-colours-conversation');
    expect(colours.selectedSector).toBe(colours.highlight);
    expect(colours.otherSector).toBe(colours.canvas);
    // Labels in the colour made for their background: HighlightText on the selected sector.
    expect(colours.selectedLabel).toBe(colours.highlightText);
    expect(colours.otherLabel).toBe(colours.canvasText);
    expect(colours.childRating).toBe(colours.canvasText);
    expect(colours.guardianRating).toBe(colours.canvasText);
    expect(colours.patternBackground).toBe(colours.canvas);
    expect(colours.ratingOutline).toBe(colours.canvasText);
    expect(colours.canvasText).not.toBe(colours.canvas);
    expect(colours.checkedOptionBorder).toBe(colours.highlight);
    expect(parseFloat(colours.checkedOptionWidth)).toBeGreaterThanOrEqual(2);
    await VIEWS.find((v) => v.name === 'public wheel')?.open(page, session.app.url, seeded);
    await screenshot(page, 'forced-colours-public-wheel');
  });
});
