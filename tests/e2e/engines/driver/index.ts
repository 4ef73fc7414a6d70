// One way in for the journeys: which engines to run, and starting one of them.
import { startChromium } from './chromium';
import { startFirefox } from './firefox';
import { startWebKit } from './webkit';
import type { Engine, EngineName } from './types';

export * from './types';
export { waitUntil, waitForSelector, poll, DEFAULT_TIMEOUT } from './wait';

export const ALL_ENGINES: readonly EngineName[] = ['chromium', 'webkit', 'firefox'];

/**
 * The engines to run: all three, or a comma-separated list in E2E_ENGINES (e.g. `E2E_ENGINES=webkit` while
 * working on a WebKit bug). The README test command sets nothing, so it always runs all three.
 */
export function selectedEngines(value = process.env.E2E_ENGINES): EngineName[] {
  if (!value) return [...ALL_ENGINES];
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !ALL_ENGINES.includes(name as EngineName));
  if (unknown.length > 0) throw new Error(`E2E_ENGINES: unknown engine ${unknown.join(', ')} (known: ${ALL_ENGINES.join(', ')})`);
  return names as EngineName[];
}

export function startEngine(name: EngineName): Promise<Engine> {
  switch (name) {
    case 'chromium':
      return startChromium();
    case 'webkit':
      return startWebKit();
    case 'firefox':
      return startFirefox();
  }
}
