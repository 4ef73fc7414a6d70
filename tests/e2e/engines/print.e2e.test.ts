// The summary's print view in Chromium, WebKit and Firefox: Swedish and Arabic side by side, the print button
// calls the browser's print, the print styles hide every control and keep the notes; where the driver can
// print (Chromium, Firefox) the real PDF holds the notes and labels of both languages and no button.
// WebKitGTK's WebDriver cannot print, so there the print styles are applied to the screen and checked.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { AREA_IDS } from '../../../src/domain/wheel';
import { ROOT, SCREENSHOT_DIR } from '../harness';
import { comparable, pdfFonts, pdfText } from '../helpers/pdfText';
import { waitForSelector, waitUntil, type EnginePage } from './driver';
import { byLabel, byRole } from './driver/find';
import { forEachEngine } from './session';
import { addChild, clickButton, openArea, rate, selectOption, startConversation, write } from './steps';

const SV_NOTE = 'Trivs på fritids och med kompisarna';
const AR_NOTE = 'يحب المدرسة كثيرا';
const SV_ACTION = 'Samtal med skolsköterskan';
/** Texts of controls that must never be printed. */
const CONTROLS = ['Skriv ut eller spara som PDF', 'Kopiera som text', 'Inställningar'];

function labels(lng: string): string[] {
  const wheel = JSON.parse(readFileSync(path.join(ROOT, `locales/${lng}/wheel.json`), 'utf8')) as { areas: Record<string, { label: string }> };
  return AREA_IDS.map((id) => wheel.areas[id]?.label ?? '');
}

/** Makes the @media print rules apply on screen too (through the CSSOM: the CSP refuses a new <style>). */
function applyPrintStyles(page: EnginePage): Promise<number> {
  return page.evaluate(() => {
    let changed = 0;
    const visit = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText)) {
          rule.media.mediaText = 'all';
          changed += 1;
        } else if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules);
    return changed;
  });
}

/** The text a reader sees: rendered elements only (display: none and visibility: hidden left out). */
function visibleText(page: EnginePage): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

forEachEngine('the summary print view', (s) => {
  it('prints Swedish and Arabic side by side without any control', async () => {
    const { page } = s;
    await page.open(s.app.url);
    await addChild(page, 'Kim S');
    await startConversation(page);
    await rate(page, 'child', 4);
    await rate(page, 'guardian', 2);
    await write(page, 'Det här går bra', SV_NOTE);
    await write(page, 'Det här oroar', AR_NOTE);
    await openArea(page, 'included');
    await rate(page, 'professional', 5);
    await clickButton(page, 'Lägg till åtgärd', '[data-area-panel]');
    await write(page, 'Åtgärd 1: vad', SV_ACTION);
    // Leaving through the summary link also flushes the autosave.
    await page.click(await byRole(page, 'link', 'Sammanfattning och utskrift'));
    await waitForSelector(page, '.summary-doc');

    await selectOption(page, '[data-testid="family-language"]', 'ar');
    await page.click(await byLabel(page, 'Båda språken bredvid varandra'));
    await waitForSelector(page, '[data-column-lang="ar"] .summary-doc');
    expect(await page.evaluate(() => ['dir', 'lang'].map((a) => document.querySelector('[data-column-lang="ar"] .summary-doc')?.getAttribute(a)))).toEqual([
      'rtl',
      'ar',
    ]);

    // The button opens the browser's print (replaced here: a real print dialog would block the driver).
    await page.evaluate(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed += 1;
      };
    });
    await page.click('[data-testid="print"]');
    await waitUntil(page, () => (window as unknown as { __printed: number }).__printed === 1, null, { what: 'window.print() called' });

    // The real printout, where the driver can print.
    const pdf = await page.printToPdf();
    if (s.engine === 'webkit') expect(pdf).toBeUndefined();
    else {
      expect(pdf?.subarray(0, 5).toString()).toBe('%PDF-');
      const printed = pdfText(pdf as Buffer);
      const flat = comparable(printed);
      for (const needle of [SV_NOTE, SV_ACTION, 'Kim S', ...labels('sv')]) expect(flat, needle).toContain(comparable(needle));
      for (const control of CONTROLS) expect(printed).not.toContain(control);
      // Firefox's PDF draws shaped Arabic without a text layer pdftotext can read back: there the Arabic
      // column shows as its embedded Arabic font. Chromium's can be read.
      if (s.engine === 'firefox') expect(pdfFonts(pdf as Buffer).some((font) => font.startsWith('NotoSansArabic'))).toBe(true);
      else for (const needle of [AR_NOTE, ...labels('ar')]) expect(flat, needle).toContain(comparable(needle));
    }

    // The print styles, on screen: controls and page chrome gone, both summaries and their notes there.
    expect(await applyPrintStyles(page)).toBeGreaterThan(0);
    await waitUntil(page, () => getComputedStyle(document.querySelector('.app-header') as Element).display === 'none', null, { what: 'the print styles' });
    const shown = await visibleText(page);
    for (const control of CONTROLS) expect(shown).not.toContain(control);
    for (const needle of [SV_NOTE, SV_ACTION, AR_NOTE, ...labels('sv'), ...labels('ar')]) expect(shown).toContain(needle);
    expect(await page.evaluate(() => document.querySelectorAll('.summary-columns.two-languages .summary-doc').length)).toBe(2);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(path.join(SCREENSHOT_DIR, `${s.engine}-summary-print-view.png`), await page.screenshot());
  });
});
