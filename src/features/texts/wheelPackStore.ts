// Which wheel pack is in use: one a user imported on this device wins over the host's; with neither (or
// only bad ones) the built-in texts are used. A bad pack changes nothing and is named in settings.
import { create } from 'zustand';
import {
  WHEEL_PACK_MAX_BYTES,
  packTextCount,
  parseWheelPack,
  type WheelPack,
  type WheelPackProblem,
  type WheelPackResult,
  type WheelPackRules,
} from '../../domain/wheelPack';
import { builtInTexts } from '../../i18n';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../i18n/languages';
import { setWheelPackTexts } from '../../i18n/wheelTexts';
import { peekWheelPacks, removeImportedWheelPack, saveHostWheelPackCopy, saveImportedWheelPack } from '../../storage';
import { cacheHostPackOnceControlled, fetchHostPack } from './hostPack';

export type PackOrigin = 'host' | 'device';

export type PackSlot =
  { state: 'none' } | { state: 'ok'; pack: WheelPack; fileName?: string } | { state: 'invalid'; problem: WheelPackProblem; fileName?: string };

/** The answer to the last import or removal in settings, shown there. */
export type ImportNotice =
  | { kind: 'imported'; name: string }
  | { kind: 'refused'; problem: WheelPackProblem; fileName: string }
  | { kind: 'readFailed'; fileName: string }
  | { kind: 'saveFailed'; fileName: string }
  | { kind: 'removed' }
  | { kind: 'removeFailed' };

interface WheelPackState {
  host: PackSlot;
  device: PackSlot;
  notice?: ImportNotice;
  busy: boolean;
}

const NONE: PackSlot = { state: 'none' };

export const useWheelPackStore = create<WheelPackState>(() => ({ host: NONE, device: NONE, busy: false }));

/** The pack whose texts are in use, and where it came from. */
export function packInUse(state: Pick<WheelPackState, 'host' | 'device'>): { pack: WheelPack; origin: PackOrigin } | undefined {
  if (state.device.state === 'ok') return { pack: state.device.pack, origin: 'device' };
  if (state.host.state === 'ok') return { pack: state.host.pack, origin: 'host' };
  return undefined;
}

let rules: Promise<WheelPackRules> | undefined;

/** The rules a pack is checked against: the app's languages, and the shape of the Swedish wheel texts. */
function packRules(): Promise<WheelPackRules> {
  rules ??= builtInTexts(SOURCE_LANGUAGE, 'wheel').then((source) => ({ languages: LANGUAGES, source }));
  return rules;
}

async function check(text: string): Promise<WheelPackResult> {
  // First against an empty shape: that answers for a pack without texts (the build's own empty one, at every
  // start) and for every problem outside the texts, without loading the Swedish wheel texts to compare with.
  const quick = parseWheelPack(text, { languages: LANGUAGES, source: {} });
  const inTexts = !quick.ok && (quick.problem.path ?? '').split('.').length > 2 && quick.problem.path?.startsWith('texts.');
  return inTexts ? parseWheelPack(text, await packRules()) : quick;
}

function slotOf(result: WheelPackResult, fileName?: string): PackSlot {
  const named = fileName === undefined ? {} : { fileName };
  return result.ok ? { state: 'ok', pack: result.pack, ...named } : { state: 'invalid', problem: result.problem, ...named };
}

function apply(): void {
  setWheelPackTexts(packInUse(useWheelPackStore.getState())?.pack);
}

async function hostSlot(text: string): Promise<PackSlot> {
  const slot = slotOf(await check(text));
  // The empty pack the build ships (and any pack without texts) changes nothing: as if there were none.
  return slot.state === 'ok' && packTextCount(slot.pack) === 0 ? NONE : slot;
}

/** The host's pack as this device last fetched it (no network): what a start uses at once. */
async function hostCopySlot(text: string | undefined): Promise<PackSlot> {
  return text === undefined ? NONE : hostSlot(text).catch(() => NONE);
}

/**
 * Fetches the host's pack again after the first screen, and puts a changed one in use (texts re-render).
 * No network, or no answer: the copy stays as it is.
 */
async function refreshHostPack(known: string | undefined): Promise<void> {
  const fetched = await fetchHostPack();
  if (fetched.kind === 'none') {
    if (known !== undefined && navigator.onLine !== false) {
      await saveHostWheelPackCopy(undefined).catch(() => undefined);
      useWheelPackStore.setState({ host: NONE });
      apply();
    }
    return;
  }
  if (fetched.kind === 'too-large') {
    useWheelPackStore.setState({ host: { state: 'invalid', problem: { kind: 'too-large' } } });
    return;
  }
  if (fetched.text === known) return;
  const slot = await hostSlot(fetched.text);
  // The build's own empty pack (no texts) with no copy kept: nothing to keep, nothing changes.
  if (slot.state === 'none' && known === undefined) return;
  await saveHostWheelPackCopy(slot.state === 'none' ? undefined : fetched.text).catch(() => undefined);
  useWheelPackStore.setState({ host: slot });
  apply();
}

/**
 * Run once at start: puts the imported pack or the host's (as last fetched) in use without waiting for the
 * network, so the first screen never waits on it; then asks the host for its pack in the background.
 */
export async function startWheelPacks(): Promise<void> {
  cacheHostPackOnceControlled();
  // Read without Dexie (storage/peek.ts), so that the first screen need not wait for it.
  const { imported, hostCopy } = await peekWheelPacks();
  const [host, device] = await Promise.all([hostCopySlot(hostCopy), imported ? slotOf(await check(imported.text), imported.fileName) : NONE]);
  useWheelPackStore.setState({ host, device });
  apply();
  // Once the first screen is up: the request must not compete with the first load on a slow connection.
  const refresh = () => void refreshHostPack(hostCopy).catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(refresh, { timeout: 2000 });
  else setTimeout(refresh, 200);
}

/** A pack chosen in settings: checked, kept on the device and put in use; a bad one changes nothing. */
export async function importWheelPackFile(file: File): Promise<void> {
  const fileName = file.name;
  useWheelPackStore.setState({ busy: true, notice: undefined });
  try {
    let text: string | undefined;
    if (file.size <= WHEEL_PACK_MAX_BYTES) {
      try {
        text = await file.text();
      } catch {
        useWheelPackStore.setState({ notice: { kind: 'readFailed', fileName } });
        return;
      }
    }
    const result: WheelPackResult = text === undefined ? { ok: false, problem: { kind: 'too-large' } } : await check(text);
    if (text === undefined || !result.ok || packTextCount(result.pack) === 0) {
      const problem: WheelPackProblem = result.ok ? { kind: 'no-texts' } : result.problem;
      useWheelPackStore.setState({ notice: { kind: 'refused', problem, fileName } });
      return;
    }
    try {
      await saveImportedWheelPack({ text, fileName, importedAt: new Date().toISOString() });
    } catch {
      useWheelPackStore.setState({ notice: { kind: 'saveFailed', fileName } });
      return;
    }
    useWheelPackStore.setState({ device: { state: 'ok', pack: result.pack, fileName }, notice: { kind: 'imported', name: result.pack.name } });
    apply();
  } finally {
    useWheelPackStore.setState({ busy: false });
  }
}

/** Removes the imported pack from the device; the host's pack (or the built-in texts) is used again. */
export async function removeImportedPack(): Promise<void> {
  useWheelPackStore.setState({ busy: true, notice: undefined });
  try {
    await removeImportedWheelPack();
    useWheelPackStore.setState({ device: NONE, notice: { kind: 'removed' } });
    apply();
  } catch {
    useWheelPackStore.setState({ notice: { kind: 'removeFailed' } });
  } finally {
    useWheelPackStore.setState({ busy: false });
  }
}
