// Writing and reading voice packs. Reading checks everything a damaged or altered file could get wrong
// before any recording is used: the first problem is the answer, and a refused pack gives nothing.
import { bytesToBase64, base64ToBytes } from '../crypto/base64';
import { AGE_BANDS, type AgeBand } from '../model';
import { hashAudio } from './audioHash';
import {
  AUDIO_MIME_TYPES,
  MAX_KEY_LENGTH,
  MAX_PACK_ENTRIES,
  MAX_RECORDING_BYTES,
  VOICE_PACK_FORMAT,
  VOICE_PACK_MAX_CHARS,
  VOICE_PACK_VERSION,
  type PackedRecording,
  type VoicePack,
  type VoicePackError,
  type VoicePackResult,
} from './format';

/** Namespace, a colon, then a dotted path of the locale file's keys. */
const KEY = /^[a-zA-Z]+:[\w.-]+$/;
const HASH16 = /^[0-9a-f]{16}$/;
const HASH64 = /^[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The audio type without its parameters, if it is one we play. */
export function audioBaseType(mime: string): string | undefined {
  const base = mime.split(';')[0]?.trim().toLowerCase() ?? '';
  return (AUDIO_MIME_TYPES as readonly string[]).includes(base) ? base : undefined;
}

export function encodeVoicePack(lang: string, band: AgeBand, recordings: readonly PackedRecording[]): string {
  const pack: VoicePack = {
    format: VOICE_PACK_FORMAT,
    version: VOICE_PACK_VERSION,
    lang,
    band,
    entries: [...recordings]
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ key, textHash, mime, audioHash, audio }) => ({ key, textHash, mime, audioHash, audio: bytesToBase64(audio) })),
  };
  return JSON.stringify(pack);
}

class Refused extends Error {
  constructor(
    readonly error: VoicePackError,
    readonly key?: string,
  ) {
    super(error);
  }
}

const refuse = (error: VoicePackError, key?: string): never => {
  throw new Refused(error, key);
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parse(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) refuse('not-a-pack');
      return value;
    });
  } catch (error) {
    if (error instanceof Refused) throw error;
    return refuse('not-json');
  }
}

async function readEntry(value: unknown): Promise<PackedRecording> {
  if (!isRecord(value)) return refuse('bad-entry');
  const { key, textHash, mime, audioHash, audio } = value;
  if (typeof key !== 'string' || key.length > MAX_KEY_LENGTH || !KEY.test(key)) return refuse('bad-entry');
  if (typeof textHash !== 'string' || !HASH16.test(textHash)) return refuse('bad-entry', key);
  if (typeof audioHash !== 'string' || !HASH64.test(audioHash)) return refuse('bad-entry', key);
  if (typeof mime !== 'string' || mime.length > 100 || !audioBaseType(mime)) return refuse('bad-audio-type', key);
  if (typeof audio !== 'string' || audio.length === 0 || audio.length % 4 !== 0 || !BASE64.test(audio)) return refuse('bad-entry', key);
  if ((audio.length / 4) * 3 > MAX_RECORDING_BYTES + 2) return refuse('too-large', key);
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(audio);
  } catch {
    return refuse('bad-entry', key);
  }
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_RECORDING_BYTES) return refuse('too-large', key);
  if ((await hashAudio(bytes)) !== audioHash) return refuse('hash-mismatch', key);
  return { key, textHash, mime, audioHash, audio: bytes };
}

async function read(text: string, languages: readonly string[]): Promise<VoicePackResult> {
  if (text.length > VOICE_PACK_MAX_CHARS) return refuse('too-large');
  const pack = parse(text);
  if (!isRecord(pack) || pack.format !== VOICE_PACK_FORMAT) return refuse('not-a-pack');
  if (typeof pack.version !== 'number' || !Number.isInteger(pack.version) || pack.version < 1) return refuse('not-a-pack');
  if (pack.version > VOICE_PACK_VERSION) return refuse('newer-version');
  const { lang, band, entries } = pack;
  if (typeof lang !== 'string' || !languages.includes(lang)) return refuse('unknown-language');
  if (typeof band !== 'string' || !(AGE_BANDS as readonly string[]).includes(band)) return refuse('unknown-band');
  if (!Array.isArray(entries)) return refuse('not-a-pack');
  if (entries.length === 0) return refuse('empty');
  if (entries.length > MAX_PACK_ENTRIES) return refuse('too-large');
  const seen = new Set<string>();
  const recordings: PackedRecording[] = [];
  for (const entry of entries) {
    const recording = await readEntry(entry);
    if (seen.has(recording.key)) return refuse('duplicate-key', recording.key);
    seen.add(recording.key);
    recordings.push(recording);
  }
  return { ok: true, lang, band: band as AgeBand, recordings };
}

/** Reads a voice pack's text; `languages` are the app's languages. Never throws. */
export async function decodeVoicePack(text: string, languages: readonly string[]): Promise<VoicePackResult> {
  try {
    return await read(text, languages);
  } catch (error) {
    if (error instanceof Refused) return error.key === undefined ? { ok: false, error: error.error } : { ok: false, error: error.error, key: error.key };
    throw error;
  }
}
