// Screenshots land in test-results/screenshots/ (ignored by git) for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './build';

export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

/** Saves a full-page PNG named after `name` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const safe = name.replace(/[^\w.-]+/g, '-');
  const file = path.join(SCREENSHOT_DIR, safe.endsWith('.png') ? safe : `${safe}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
