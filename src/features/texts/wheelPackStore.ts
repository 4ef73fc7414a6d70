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
import { readImportedWheelPack, removeImportedWheelPack, saveImportedWheelPack } from '../../storage';
import { cacheHostPackOnceControlled, fetchHostPack } from './hostPack';

export type PackOrigin = 'host' | 'device';

export type PackSlot =
  | { state: 'none' }
  | { state: 'ok'; pack: WheelPack; fileName?: string }
  | { state: 'invalid'; problem: WheelPackProblem; fileName?: string };

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

async function loadHostPack(): Promise<PackSlot> {
  const fetched = await fetchHostPack();
  if (fetched.kind === 'none') return NONE;
  if (fetched.kind === 'too-large') return { state: 'invalid', problem: { kind: 'too-large' } };
  const slot = slotOf(await check(fetched.text));
  // The empty pack the build ships (and any pack without texts) changes nothing: as if there were none.
  return slot.state === 'ok' && packTextCount(slot.pack) === 0 ? NONE : slot;
}

async function loadDevicePack(): Promise<PackSlot> {
  try {
    const stored = await readImportedWheelPack();
    return stored ? slotOf(await check(stored.text), stored.fileName) : NONE;
  } catch {
    // No IndexedDB here (some private modes): nothing can have been imported.
    return NONE;
  }
}

/** Run once at start: finds the host's and the imported pack and puts the right one in use. */
export async function startWheelPacks(): Promise<void> {
  cacheHostPackOnceControlled();
  const [host, device] = await Promise.all([loadHostPack().catch(() => NONE), loadDevicePack()]);
  useWheelPackStore.setState({ host, device });
  apply();
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
