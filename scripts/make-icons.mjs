// Renders public/icons/icon.svg to the PNG icons the manifest needs, with Debian's Chromium.
// Run once after changing the SVG: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';

const svg = await readFile(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const targets = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  // Maskable icons keep their content inside the 80 % safe zone.
  { file: 'maskable-512.png', size: 512, padding: 0.12 },
  { file: 'apple-touch-icon-180.png', size: 180, padding: 0 },
];
for (const { file, size, padding } of targets) {
  const inner = Math.round(size * (1 - 2 * padding));
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:#1f5f5b;display:grid;place-items:center;width:${size}px;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
  );
  await writeFile(new URL(`../public/icons/${file}`, import.meta.url), await page.screenshot({ type: 'png' }));
}
await browser.close();
console.log('icons written');
