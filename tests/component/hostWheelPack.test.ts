// The host's wheel pack never holds up the first screen: a start uses the copy this device fetched last
// time, then asks the host again once the screen is up and puts a changed pack (or none) in use.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { readHostWheelPackCopy, saveHostWheelPackCopy } from '../../src/storage/wheelPack';
import { startWheelPacks, useWheelPackStore, packInUse } from '../../src/features/texts/wheelPackStore';

let counter = 0;

function packText(name: string, label: string): string {
  return JSON.stringify({ format: 'hjulet-wheel-pack', version: 1, name, source: 'test', texts: { sv: { areas: { safe: { label } } } } });
}

function answer(body: string | undefined): Response {
  return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

let served: string | undefined;
let fetches: number;

beforeEach(() => {
  useDatabase(new HjuletDatabase(`host-pack-test-${counter++}`));
  useWheelPackStore.setState({ host: { state: 'none' }, device: { state: 'none' }, busy: false });
  fetches = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      fetches++;
      return answer(served);
    }),
  );
  // The background refresh runs "when idle": at once here.
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const inUse = () => packInUse(useWheelPackStore.getState())?.pack.name;

describe('the host’s wheel pack at start', () => {
  it('uses the copy fetched last time at once, before any request, then takes the host’s changed pack', async () => {
    await saveHostWheelPackCopy(packText('Region Förra', 'Trygg förr'));
    served = packText('Region Nu', 'Trygg nu');
    await startWheelPacks();
    expect(fetches).toBe(0);
    expect(inUse()).toBe('Region Förra');
    await vi.waitFor(() => expect(inUse()).toBe('Region Nu'));
    expect(await readHostWheelPackCopy()).toBe(served);
  });

  it('keeps a first visit on the built-in texts until the pack arrives, and keeps the copy for the next start', async () => {
    served = packText('Region Ny', 'Trygg ny');
    await startWheelPacks();
    expect(inUse()).toBeUndefined();
    await vi.waitFor(() => expect(inUse()).toBe('Region Ny'));
    expect(await readHostWheelPackCopy()).toBe(served);
  });

  it('drops the copy when the host has no pack any more', async () => {
    await saveHostWheelPackCopy(packText('Region Gammal', 'Trygg'));
    served = undefined;
    await startWheelPacks();
    expect(inUse()).toBe('Region Gammal');
    await vi.waitFor(() => expect(inUse()).toBeUndefined());
    expect(await readHostWheelPackCopy()).toBeUndefined();
  });
});
