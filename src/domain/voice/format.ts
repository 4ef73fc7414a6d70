// A voice pack: the recordings of one language and age band in one file, to carry them to another device
// or for a host to ship next to the app. The audio is inside (base64), each with the hash of the text it
// reads (textHash.ts) and the SHA-256 of its bytes (audioHash.ts).
import type { AgeBand } from '../model';

export const VOICE_PACK_FORMAT = 'hjulet-voice-pack';
export const VOICE_PACK_VERSION = 1;

/** One recording of 30 seconds in Opus or AAC is 100–500 kB; 3 MB leaves room for a generous bit rate. */
export const MAX_RECORDING_BYTES = 3 * 1024 * 1024;
/** More texts than any band has (about 70), with room for wheel packs with more prompts. */
export const MAX_PACK_ENTRIES = 400;
/** The whole file, as text: refused unread above this. */
export const VOICE_PACK_MAX_CHARS = 120 * 1024 * 1024;
export const MAX_KEY_LENGTH = 200;

/** Formats MediaRecorder gives in the browsers we support (Opus in WebM or Ogg, AAC in MP4). */
export const AUDIO_MIME_TYPES = ['audio/webm', 'audio/ogg', 'audio/mp4'] as const;

export interface VoicePackEntry {
  /** The text's key with its namespace: `wheel:areas.safe.label`. */
  key: string;
  textHash: string;
  /** As MediaRecorder reported it, e.g. `audio/webm;codecs=opus`. */
  mime: string;
  /** SHA-256 of the audio bytes, hex. */
  audioHash: string;
  /** The audio, base64. */
  audio: string;
}

export interface VoicePack {
  format: typeof VOICE_PACK_FORMAT;
  version: typeof VOICE_PACK_VERSION;
  lang: string;
  band: AgeBand;
  entries: VoicePackEntry[];
}

/** A recording as the app holds it, before it goes into a pack or after it comes out of one. */
export interface PackedRecording {
  key: string;
  textHash: string;
  mime: string;
  audioHash: string;
  audio: Uint8Array;
}

export type VoicePackError =
  | 'not-json'
  | 'not-a-pack'
  | 'newer-version'
  | 'unknown-language'
  | 'unknown-band'
  | 'too-large'
  | 'empty'
  | 'bad-entry'
  | 'bad-audio-type'
  | 'duplicate-key'
  | 'hash-mismatch';

export type VoicePackResult =
  | { ok: true; lang: string; band: AgeBand; recordings: PackedRecording[] }
  | { ok: false; error: VoicePackError; /** Which entry, when it is one entry's fault. */ key?: string };
