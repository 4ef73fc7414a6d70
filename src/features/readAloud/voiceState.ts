// What each language can be read with, kept in memory and live (any tab's recording or choice shows at
// once): the choice of voice and which recordings there are, with the hash of the text each one reads.
// Shared by every read-aloud button, so a page with many buttons reads the database once.
import { DEFAULT_VOICE_PREFERENCE, type VoicePreference } from '../../domain/voice/preference';
import { watch, whenDatabaseExists } from '../../storage';
import { databaseExists } from '../../storage/peek';
import { recordingIndex } from '../../storage/recordings';
import { readVoicePreference } from '../../storage/voicePreference';

export interface VoiceState {
  preference: VoicePreference;
  /** recording id (`${lang}|${band}|${key}`) → hash of the text it reads */
  recordings: ReadonlyMap<string, string>;
}

interface Entry {
  value?: VoiceState;
  listeners: Set<(state: VoiceState) => void>;
  ready: Promise<VoiceState>;
}

const entries = new Map<string, Entry>();

const EMPTY: VoiceState = { preference: DEFAULT_VOICE_PREFERENCE, recordings: new Map() };

function entryOf(lang: string): Entry {
  let entry = entries.get(lang);
  if (entry) return entry;
  let settle: (state: VoiceState) => void = () => undefined;
  const created: Entry = { listeners: new Set(), ready: new Promise<VoiceState>((resolve) => (settle = resolve)) };
  entries.set(lang, created);
  const publish = (state: VoiceState) => {
    created.value = state;
    settle(state);
    for (const listener of created.listeners) listener(state);
  };
  // No database yet (a first visit, a family's phone at the QR code's wheel): no recordings and no choice,
  // so Dexie (a fifth of the code, ~250 ms of a slow phone's main thread) is not loaded for them until the
  // database appears (issue 19).
  void databaseExists().then(async (exists) => {
    if (!exists) {
      publish(EMPTY);
      await whenDatabaseExists();
    }
    // Kept running: six languages at most, and a button shown again needs no new read.
    watch(
      async () => ({ preference: await readVoicePreference(lang), recordings: await recordingIndex(lang) }),
      publish,
      // No database (a private window that refuses IndexedDB): the device's voice alone.
      () => settle(created.value ?? EMPTY),
    );
  });
  entry = created;
  return entry;
}

/** The state now, if it has been read. */
export function voiceStateNow(lang: string): VoiceState | undefined {
  return entryOf(lang).value;
}

export function loadVoiceState(lang: string): Promise<VoiceState> {
  return entryOf(lang).ready;
}

export function subscribeVoiceState(lang: string, listener: (state: VoiceState) => void): () => void {
  const entry = entryOf(lang);
  entry.listeners.add(listener);
  return () => entry.listeners.delete(listener);
}
