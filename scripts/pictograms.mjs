// Writes the eight area pictograms as files for print and posters: hjulet-<area>.svg (scalable, the
// best for print) and PNGs of 32, 64, 300 and 1200 px, drawn by Debian's Chromium. Licence and
// attribution: docs/pictograms.md.
//   node scripts/pictograms.mjs [folder]      (default: test-results/pictograms)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'test-results', 'pictograms'));
const SIZES = [32, 64, 300, 1200];

// Vite loads the TypeScript sources as they are, so the files come from the same data as the app.
const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
const { AREA_IDS } = await vite.ssrLoadModule('/src/domain/wheel.ts');
const { pictogramSvgFile } = await vite.ssrLoadModule('/src/features/export/wheelSvg.ts');
await vite.close();

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  for (const id of AREA_IDS) {
    writeFileSync(path.join(out, `hjulet-${id}.svg`), pictogramSvgFile(id));
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0">${pictogramSvgFile(id, size)}</body></html>`);
      await page.locator('svg').screenshot({ path: path.join(out, `hjulet-${id}-${size}.png`), omitBackground: true });
    }
  }
  // One sheet of all eight, in colour and in black and white, to look at them together.
  const sheet = (filter) =>
    `<div style="display:flex;gap:24px;padding:12px;background:#fff;${filter}">${AREA_IDS.map((id) => pictogramSvgFile(id, 120)).join('')}</div>`;
  await page.setViewportSize({ width: 1400, height: 400 });
  await page.setContent(`<html><body style="margin:0;display:inline-block">${sheet('')}${sheet('filter:grayscale(1) contrast(3)')}</body></html>`);
  await page.locator('body').screenshot({ path: path.join(out, 'hjulet-pictograms.png') });
} finally {
  await browser.close();
}
console.log(`pictograms written to ${path.relative(process.cwd(), out) || '.'}`);
