// The wheel texts i18next serves are the built-in locales/<lng>/wheel.json with the wheel pack in use (if
// any) laid over them key by key. The built-in texts are kept, so that another pack, or none, can be laid
// over them again without reloading anything.
import i18next, { type i18n as I18n } from 'i18next';
import { withPackTexts, type WheelPack } from '../domain/wheelPack';

interface PackState {
  builtIn: Map<string, Record<string, unknown>>;
  pack?: WheelPack;
}

const states = new WeakMap<I18n, PackState>();

function stateOf(instance: I18n): PackState {
  let state = states.get(instance);
  if (!state) {
    state = { builtIn: new Map() };
    states.set(instance, state);
  }
  return state;
}

/** The wheel bundle to add for a language that is being loaded: its built-in texts, with the pack in use. */
export function wheelBundleFor(lng: string, builtIn: Record<string, unknown>, instance: I18n = i18next): Record<string, unknown> {
  const state = stateOf(instance);
  state.builtIn.set(lng, builtIn);
  return withPackTexts(builtIn, state.pack?.texts[lng]);
}

/** Puts a pack in use (or none) for every language loaded now and later; components re-render (bindI18nStore). */
export function setWheelPackTexts(pack: WheelPack | undefined, instance: I18n = i18next): void {
  const state = stateOf(instance);
  state.pack = pack;
  for (const [lng, builtIn] of state.builtIn) {
    // Not deep: every top-level key is replaced by the merged one, so a removed pack leaves no trace.
    instance.addResourceBundle(lng, 'wheel', withPackTexts(builtIn, pack?.texts[lng]), false, true);
  }
}

/** The pack whose texts i18next serves now. */
export function wheelPackInUse(instance: I18n = i18next): WheelPack | undefined {
  return states.get(instance)?.pack;
}

/** A language's wheel texts as shipped, without any pack (undefined until the language is loaded). */
export function builtInWheelTexts(lng: string, instance: I18n = i18next): Record<string, unknown> | undefined {
  return states.get(instance)?.builtIn.get(lng);
}
