import type { WheelPack, WheelTextsPatch } from './format';

type Texts = Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A language's wheel texts with a pack's texts laid over them key by key: what the pack has wins, every
 * key it lacks keeps the built-in text. A list of prompts is one text (replaced whole). Neither input is changed.
 */
export function withPackTexts(builtIn: Texts, patch: WheelTextsPatch | undefined): Texts {
  if (!patch) return builtIn;
  const out: Texts = { ...builtIn };
  for (const [key, value] of Object.entries(patch)) {
    const base = builtIn[key];
    out[key] = isRecord(value) ? withPackTexts(isRecord(base) ? base : {}, value) : Array.isArray(value) ? [...value] : value;
  }
  return out;
}

/** How many texts a patch (or a whole pack) holds; a list of prompts counts as one. */
export function textCount(patch: WheelTextsPatch | undefined): number {
  if (!patch) return 0;
  return Object.values(patch).reduce<number>((n, v) => n + (typeof v === 'string' || Array.isArray(v) ? 1 : textCount(v)), 0);
}

export function packTextCount(pack: WheelPack): number {
  return Object.values(pack.texts).reduce((n, patch) => n + textCount(patch), 0);
}

/** Languages a pack has at least one text for, in the given order. */
export function packLanguages(pack: WheelPack, languages: readonly string[]): string[] {
  return languages.filter((lng) => textCount(pack.texts[lng]) > 0);
}
