// Issue 12, point 1: a picture for every area. In every view that draws the wheel (conversation, family
// view, summary and its print, compare, public wheel, the child's turn) each area holds its own pictogram, drawn and
// visible, hidden from assistive technology; the area headings carry it too; forced colours turn the
// pictograms into system-colour line drawings (screenshots are saved for a person to look at).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness';
import { leaveTurn } from './helpers/childTurn';
import { appSession } from './helpers/session';
import { systemColours } from './helpers/systemColours';
import { LANGUAGES, VIEWS, seedThroughUi, switchLanguage, type Seeded } from './helpers/views';

const AREAS = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'] as const;
const WHEEL_VIEWS = ['conversation', 'family view', 'summary', 'compare', 'public wheel'];
/** The views that show an area's texts under its heading (compare lists changes, not area texts). */
const AREA_TEXT_VIEWS = new Set(['conversation', 'family view', 'summary', 'public wheel']);

const session = appSession();

interface AreaReport {
  area: string;
  pictograms: string[];
  hidden: boolean;
  /** Width of the drawn pictogram in CSS px. */
  width: number;
  inside: boolean;
  painted: boolean;
}

/** For every wheel on the page, what each area holds. */
async function wheelAreas(page: Page): Promise<AreaReport[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg.wheel-svg')].map((wheel) =>
      [...wheel.querySelectorAll('[data-area]')].map((area) => {
        const pictograms = [...area.querySelectorAll('[data-pictogram]')];
        const first = pictograms[0];
        const box = first?.getBoundingClientRect();
        const areaBox = area.getBoundingClientRect();
        const shape = first?.querySelector('.pg-body, .pg-paper, .pg-line');
        return {
          area: area.getAttribute('data-area') ?? '',
          pictograms: pictograms.map((p) => p.getAttribute('data-pictogram') ?? ''),
          hidden: first?.getAttribute('aria-hidden') === 'true',
          width: box?.width ?? 0,
          inside: !!box && box.left >= areaBox.left - 1 && box.right <= areaBox.right + 1 && box.top >= areaBox.top - 1 && box.bottom <= areaBox.bottom + 1,
          painted: !!shape && getComputedStyle(shape).stroke !== 'none' && getComputedStyle(first as Element).visibility === 'visible',
        };
      }),
    ),
  );
}

function expectEveryAreaPictured(wheels: AreaReport[][], where: string, minWidth = 20) {
  expect(wheels.length, `${where}: a wheel`).toBeGreaterThan(0);
  for (const areas of wheels) {
    expect(
      areas.map((a) => a.area),
      where,
    ).toEqual([...AREAS]);
    for (const a of areas) {
      expect([where, a.area, a.pictograms]).toEqual([where, a.area, [a.area]]);
      expect([where, a.area, a.hidden, a.inside, a.painted]).toEqual([where, a.area, true, true, true]);
      // Drawn, not collapsed: at a desktop width the wheel's pictograms are well above icon size.
      expect(a.width, `${where} ${a.area}`).toBeGreaterThan(minWidth);
    }
  }
}

/** Pictograms beside the area headings: [area of the heading, its pictogram, hidden, name]. */
async function headingPictograms(page: Page): Promise<Array<{ heading: string; pictogram: string; hidden: boolean; name: string }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.area-label, .summary-area-heading')].map((h) => {
      const p = h.querySelector('[data-pictogram]');
      return {
        heading: h.closest('[data-summary-area]')?.getAttribute('data-summary-area') ?? h.closest('[data-area-panel]')?.getAttribute('data-area-panel') ?? '',
        pictogram: p?.getAttribute('data-pictogram') ?? '',
        hidden: p?.getAttribute('aria-hidden') === 'true',
        name: (h.textContent ?? '').trim(),
      };
    }),
  );
}

/** Boxes in the wheel's own units (the pictogram square, each label line as laid out): any cut off or overlapping. */
async function labelRoomProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((wheelSelector) => {
    const svg = document.querySelector<SVGSVGElement>(wheelSelector);
    if (!svg) return ['no wheel'];
    const view = svg.viewBox.baseVal;
    type Box = { what: string; area: string; line: boolean; x: number; y: number; width: number; height: number };
    const boxes: Box[] = [];
    for (const area of svg.querySelectorAll('[data-area]')) {
      const id = area.getAttribute('data-area');
      const p = area.querySelector<SVGSVGElement>('[data-pictogram]');
      if (p)
        boxes.push({
          what: `${id} pictogram`,
          area: id ?? '',
          line: false,
          x: p.x.baseVal.value,
          y: p.y.baseVal.value,
          width: p.width.baseVal.value,
          height: p.height.baseVal.value,
        });
      area.querySelectorAll<SVGTextElement>('text.wheel-label').forEach((t, i) => {
        const b = t.getBBox();
        boxes.push({ what: `${id} line ${i + 1} "${t.textContent}"`, area: id ?? '', line: true, x: b.x, y: b.y, width: b.width, height: b.height });
      });
    }
    const out: string[] = [];
    const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
    for (const [i, a] of boxes.entries()) {
      if (a.x < view.x || a.y < view.y || a.x + a.width > view.x + view.width || a.y + a.height > view.y + view.height) out.push(`${a.what} is cut off`);
      // Two lines of one label may share the room between them (the font's ascent and descent).
      for (const b of boxes.slice(i + 1)) if (!(a.line && b.line && a.area === b.area) && overlap(a, b)) out.push(`${a.what} overlaps ${b.what}`);
    }
    return out;
  }, selector);
}

async function open(page: Page, name: string, seeded: Seeded) {
  const view = VIEWS.find((v) => v.name === name);
  if (!view) throw new Error(`no view ${name}`);
  await view.open(page, session.app.url, seeded);
}

describe('pictograms', () => {
  it('stand in every area of every wheel, and beside every area heading', async () => {
    const { page } = session.opened;
    const seeded = await seedThroughUi(page, session.app.url);
    for (const name of WHEEL_VIEWS) {
      await open(page, name, seeded);
      expectEveryAreaPictured(await wheelAreas(page), name);
      if (!AREA_TEXT_VIEWS.has(name)) continue;
      const headings = await headingPictograms(page);
      expect(headings.length, `${name}: headings with pictograms`).toBeGreaterThan(0);
      for (const h of headings) {
        expect(h.pictogram, `${name}: heading "${h.name}"`).not.toBe('');
        expect(h.hidden).toBe(true);
        if (h.heading) expect(h.pictogram).toBe(h.heading);
      }
    }
    // The public wheel lists all eight areas, each under its own picture.
    await open(page, 'public wheel', seeded);
    const listed = await page.evaluate(() =>
      [...document.querySelectorAll('.public-areas > li')].map((li) => li.querySelector('.area-label [data-pictogram]')?.getAttribute('data-pictogram')),
    );
    expect(listed).toEqual([...AREAS]);
    // The summary names every area with its picture.
    await open(page, 'summary', seeded);
    const summaryAreas = await page.evaluate(() =>
      [...document.querySelectorAll('.summary-doc')].map((doc) =>
        [...doc.querySelectorAll('[data-summary-area]')].map((s) => s.querySelector('h4 [data-pictogram]')?.getAttribute('data-pictogram')),
      ),
    );
    for (const areas of summaryAreas) expect(areas).toEqual([...AREAS]);
  });

  it('are printed with the summary', async () => {
    const { page } = session.opened;
    const seeded = await seedThroughUi(page, session.app.url);
    await open(page, 'summary', seeded);
    await page.emulateMedia({ media: 'print' });
    // On paper the summary's wheel is under 10 cm wide: its pictograms are about 5 mm.
    expectEveryAreaPictured(await wheelAreas(page), 'print', 12);
    await screenshot(page, 'pictograms-print-summary');
  });

  it("stand in every area of the child's turn's wheel, and big beside the chosen area's name", async () => {
    const { page } = session.opened;
    const seeded = await seedThroughUi(page, session.app.url);
    await open(page, 'conversation', seeded);
    await page.getByTestId('child-turn-start').click();
    await page.locator('[data-testid="child-turn"] [data-child-area]').waitFor();
    // The child-sized wheel draws its pictures at 42 to 50 units (the other wheels at 36).
    expectEveryAreaPictured(await wheelAreas(page), "child's turn", 30);
    const units = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('[data-testid="child-turn"] svg.wheel-svg [data-pictogram]')].map((p) => p.width.baseVal.value),
    );
    expect(Math.min(...units)).toBeGreaterThanOrEqual(42);
    for (const area of AREAS) {
      await page.locator(`[data-testid="child-turn"] [data-testid="wheel"] [data-area="${area}"]`).click();
      const heading = await page.evaluate(() => {
        const h = document.querySelector('[data-testid="child-turn"] [data-child-area] h2');
        const p = h?.querySelector('[data-pictogram]');
        return {
          area: h?.closest('[data-child-area]')?.getAttribute('data-child-area'),
          pictogram: p?.getAttribute('data-pictogram'),
          hidden: p?.getAttribute('aria-hidden'),
          width: p?.getBoundingClientRect().width ?? 0,
        };
      });
      expect(heading).toMatchObject({ area, pictogram: area, hidden: 'true' });
      expect(heading.width, area).toBeGreaterThanOrEqual(96);
    }
    await screenshot(page, 'pictograms-child-turn');
  });

  it('leave room for every label, in all six languages, at 320 px wide', async () => {
    const { page } = session.opened;
    await page.setViewportSize({ width: 320, height: 640 });
    const problems: string[] = [];
    for (const lng of LANGUAGES) {
      await page.goto(`${session.app.url}#/wheel?lang=${lng}`);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lng);
      await page.locator('.public-wheel [data-area="included"] [data-pictogram]').waitFor();
      await page.evaluate(() => document.fonts.ready);
      problems.push(...(await labelRoomProblems(page, '.public-wheel svg.wheel-svg')).map((problem) => `${lng}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  it("leave room for every label of the child's turn's bigger pictures, in all six languages, on a 360 px phone", async () => {
    const { page } = session.opened;
    const seeded = await seedThroughUi(page, session.app.url);
    await page.setViewportSize({ width: 360, height: 740 });
    const problems: string[] = [];
    for (const lng of LANGUAGES) {
      await open(page, 'conversation', seeded);
      await switchLanguage(page, lng);
      await page.getByTestId('child-turn-start').click();
      await page.locator('[data-testid="child-turn"] [data-area="included"] [data-pictogram]').waitFor();
      await page.evaluate(() => document.fonts.ready);
      problems.push(...(await labelRoomProblems(page, '[data-testid="child-turn"] svg.wheel-svg')).map((problem) => `${lng}: ${problem}`));
      await screenshot(page, `pictograms-child-turn-360-${lng}`);
      // Out again: the exit held for 1.5 s (the lock is off).
      await leaveTurn(page);
    }
    expect(problems).toEqual([]);
  });

  it('keep the accessible name of each area its label', async () => {
    const { page } = session.opened;
    await page.goto(`${session.app.url}#/wheel`);
    await page.locator('.public-wheel [data-area="included"]').waitFor();
    for (const [id, label] of [
      ['safe', 'Trygg'],
      ['healthy', 'Må bra'],
      ['responsible', 'Ansvarstagande'],
    ] as const) {
      expect(await page.getByRole('button', { name: label, exact: true }).getAttribute('data-area')).toBe(id);
      expect(await page.getByRole('heading', { name: label, exact: true }).count()).toBe(1);
    }
  });

  it('become system-colour line drawings in forced colours', async () => {
    const { page } = session.opened;
    const seeded = await seedThroughUi(page, session.app.url);
    await page.emulateMedia({ forcedColors: 'active' });
    await open(page, 'conversation', seeded);
    const system = await systemColours(page);
    const drawn = await page.evaluate(() => {
      const style = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? { fill: getComputedStyle(el).fill, stroke: getComputedStyle(el).stroke } : { fill: 'missing', stroke: 'missing' };
      };
      return {
        // safe is selected (Highlight), healthy is not (Canvas).
        selectedBody: style('[data-testid="wheel"] [data-area="safe"] .pg-body'),
        otherBody: style('[data-testid="wheel"] [data-area="healthy"] .pg-body'),
        otherLine: style('[data-testid="wheel"] [data-area="healthy"] .pg-line'),
        otherInk: style('[data-testid="wheel"] [data-area="respected"] .pg-ink'),
        heading: style('[data-area-panel] .area-label .pg-body'),
      };
    });
    const paint = { ...system, ...drawn };
    await screenshot(page, 'pictograms-forced-colours-conversation');
    expect(paint.canvasText).not.toBe(paint.canvas);
    expect(paint.otherBody).toEqual({ fill: paint.canvas, stroke: paint.canvasText });
    expect(paint.otherLine.stroke).toBe(paint.canvasText);
    expect(paint.otherInk.fill).toBe(paint.canvasText);
    expect(paint.selectedBody).toEqual({ fill: paint.highlight, stroke: paint.highlightText });
    expect(paint.heading).toEqual({ fill: paint.canvas, stroke: paint.canvasText });
    await open(page, 'public wheel', seeded);
    await screenshot(page, 'pictograms-forced-colours-public-wheel');
  });
});
