// Checks an untrusted wheel pack (a file a host put next to the app, or one a user chose) before any of
// it reaches the texts. The first problem found is the answer; nothing of a refused pack is used.
import { OTHER_AGE_BANDS } from '../ageBand';
import { AREA_IDS } from '../wheel';
import {
  MAX_PROMPTS,
  WHEEL_PACK_FORMAT,
  WHEEL_PACK_MAX_BYTES,
  WHEEL_PACK_VERSION,
  type WheelPack,
  type WheelPackProblem,
  type WheelPackResult,
  type WheelTextsPatch,
} from './format';
import { placeholdersOf } from './placeholders';

export interface WheelPackRules {
  /** Language codes a pack may have texts for (the app's languages). */
  languages: readonly string[];
  /** The built-in wheel texts of the source language: the shape a pack follows, and its placeholders. */
  source: unknown;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ROOT_KEYS = new Set(['format', 'version', 'name', 'source', 'texts']);
const AREAS = new Set<string>(AREA_IDS);
/** The age bands with texts of their own under `bands` (6–12 has the area's `child` and `prompts`). */
const BANDS = new Set<string>(OTHER_AGE_BANDS);

class PackProblem extends Error {
  constructor(readonly problem: WheelPackProblem) {
    super(problem.kind);
  }
}

const refuse = (kind: WheelPackProblem['kind'], path?: string): never => {
  throw new PackProblem(path === undefined ? { kind } : { kind, path });
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** UTF-8 size of a text, without building the bytes when the length alone decides. */
export function isTooLarge(text: string, limit = WHEEL_PACK_MAX_BYTES): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).byteLength > limit;
}

function parse(text: string): unknown {
  try {
    // Editors on Windows often start a UTF-8 file with a byte order mark, which JSON.parse refuses.
    return JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      // Refused outright rather than dropped: a pack with such a key was made to do harm, or by mistake.
      if (FORBIDDEN_KEYS.has(key)) refuse('forbidden-key', key);
      return value;
    });
  } catch (error) {
    if (error instanceof PackProblem) throw error;
    return refuse('not-json');
  }
}

function checkText(value: unknown, source: string, path: string): string {
  if (typeof value !== 'string') return refuse('wrong-type', path);
  if (value.trim() === '') return refuse('empty-text', path);
  if (placeholdersOf(value) !== placeholdersOf(source)) return refuse('placeholders', path);
  return value;
}

/** Why a key the source lacks is refused: an area or an age band the wheel does not have, or any other key. */
function unknownKind(path: string, key: string): WheelPackProblem['kind'] {
  if (path.endsWith('.areas') && !AREAS.has(key)) return 'unknown-area';
  if (path.endsWith('.bands') && !BANDS.has(key)) return 'unknown-band';
  return 'unknown-key';
}

/** Follows the source's shape: the same keys (any subset), strings for strings, lists of strings for lists. */
function checkPatch(value: unknown, source: Record<string, unknown>, path: string): WheelTextsPatch {
  if (!isRecord(value)) return refuse('wrong-type', path);
  const out: WheelTextsPatch = {};
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}.${key}`;
    const expected = Object.hasOwn(source, key) ? source[key] : undefined;
    if (expected === undefined) return refuse(unknownKind(path, key), at);
    if (typeof expected === 'string') out[key] = checkText(item, expected, at);
    else if (Array.isArray(expected)) {
      if (!Array.isArray(item)) return refuse('wrong-type', at);
      if (item.length === 0 || item.length > MAX_PROMPTS) return refuse('prompt-count', at);
      const model = typeof expected[0] === 'string' ? expected[0] : '';
      out[key] = item.map((prompt, i) => checkText(prompt, typeof expected[i] === 'string' ? expected[i] : model, `${at}[${i}]`));
    } else if (isRecord(expected)) out[key] = checkPatch(item, expected, at);
    else return refuse('unknown-key', at);
  }
  return out;
}

function checkPack(value: unknown, rules: WheelPackRules): WheelPack {
  if (!isRecord(value) || value.format !== WHEEL_PACK_FORMAT) return refuse('not-a-pack');
  if (typeof value.version !== 'number' || !Number.isInteger(value.version)) return refuse('wrong-type', 'version');
  if (value.version > WHEEL_PACK_VERSION) return refuse('newer-version');
  if (value.version !== WHEEL_PACK_VERSION) return refuse('not-a-pack');
  for (const key of Object.keys(value)) if (!ROOT_KEYS.has(key)) refuse('unknown-key', key);
  for (const key of ['name', 'source'] as const) {
    if (typeof value[key] !== 'string') refuse('wrong-type', key);
    if ((value[key] as string).trim() === '') refuse('empty-text', key);
  }
  if (!isRecord(value.texts)) return refuse('wrong-type', 'texts');
  if (!isRecord(rules.source)) throw new Error('wheel pack rules need the source texts');
  const texts: Record<string, WheelTextsPatch> = {};
  for (const [lng, patch] of Object.entries(value.texts)) {
    if (!rules.languages.includes(lng)) refuse('unknown-language', `texts.${lng}`);
    texts[lng] = checkPatch(patch, rules.source, `texts.${lng}`);
  }
  return { format: WHEEL_PACK_FORMAT, version: WHEEL_PACK_VERSION, name: (value.name as string).trim(), source: (value.source as string).trim(), texts };
}

/** Reads a wheel pack from its file text: the pack as plain data, or the first problem. Never throws for bad input. */
export function parseWheelPack(text: string, rules: WheelPackRules): WheelPackResult {
  try {
    if (isTooLarge(text)) refuse('too-large');
    return { ok: true, pack: checkPack(parse(text), rules) };
  } catch (error) {
    if (error instanceof PackProblem) return { ok: false, problem: error.problem };
    throw error;
  }
}
