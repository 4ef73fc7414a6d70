// A wheel pack: a region's own wording of the wheel, in a file (the contract in docs/architecture.md, "Wheel packs"):
//   { "format": "hjulet-wheel-pack", "version": 1, "name": "Region X", "source": "…",
//     "texts": { "sv": { "areas": { "safe": { "label": "…", "meaning": "…", "child": "…", "prompts": ["…"],
//                                              "bands": { "0-5": { "child": "…", "prompts": ["…"] } } } } } } }
// `texts.<lng>` has the shape of locales/<lng>/wheel.json, for any subset of languages and keys.

export const WHEEL_PACK_FORMAT = 'hjulet-wheel-pack';
export const WHEEL_PACK_VERSION = 1;
/** Largest accepted pack in UTF-8 bytes: far above any real wording, far below a mistake. */
export const WHEEL_PACK_MAX_BYTES = 1024 * 1024;
/** A region may ask more or fewer questions than the built-in three to five, within reason. */
export const MAX_PROMPTS = 10;

/** Some of a language's wheel texts, shaped like locales/<lng>/wheel.json (nested objects, arrays of prompts). */
export interface WheelTextsPatch {
  [key: string]: string | string[] | WheelTextsPatch;
}

export interface WheelPack {
  format: typeof WHEEL_PACK_FORMAT;
  version: typeof WHEEL_PACK_VERSION;
  name: string;
  source: string;
  texts: Record<string, WheelTextsPatch>;
}

export type WheelPackProblemKind =
  | 'too-large'
  | 'not-json'
  | 'not-a-pack'
  | 'newer-version'
  | 'forbidden-key'
  | 'wrong-type'
  | 'unknown-key'
  | 'unknown-area'
  /** `bands.<band>` for a band without texts of its own (the bands are 0-5 and 13-17; 6-12 is `child`/`prompts`). */
  | 'unknown-band'
  | 'unknown-language'
  | 'empty-text'
  | 'placeholders'
  | 'prompt-count'
  /** Valid, but without a single text: refused on import (it would change nothing). */
  | 'no-texts';

/** Why a pack was refused; `path` names the place in the file (`texts.so.areas.safe.label`). */
export interface WheelPackProblem {
  kind: WheelPackProblemKind;
  path?: string;
}

export type WheelPackResult = { ok: true; pack: WheelPack } | { ok: false; problem: WheelPackProblem };
