// Voice packs in and out of the device (issue 13): a language and band's recordings as one file. Apart
// from recordings.ts, so that the child's turn, which only plays recordings, never loads the pack code.
import type { AgeBand } from '../domain/model';
import type { PackedRecording } from '../domain/voice/format';
import { decodeVoicePack, encodeVoicePack } from '../domain/voice/pack';
import type { VoicePackResult } from '../domain/voice/format';
import { getDatabase } from './database';
import { listRecordings, recordingId, toRow } from './recordings';

/** One language and band's recordings as a voice pack (the text of a .json file). */
export async function exportVoicePack(lang: string, band: AgeBand): Promise<string> {
  const recordings: PackedRecording[] = (await listRecordings(lang, band)).map(({ key, textHash, mime, audioHash, audio }) => ({
    key,
    textHash,
    mime,
    audioHash,
    audio,
  }));
  return encodeVoicePack(lang, band, recordings);
}

/**
 * Reads a voice pack and, only when all of it is sound, stores its recordings in one transaction
 * (replacing those of the same keys). A refused pack writes nothing.
 */
export async function importVoicePack(text: string, languages: readonly string[]): Promise<VoicePackResult> {
  const result = await decodeVoicePack(text, languages);
  if (!result.ok) return result;
  const recordedAt = new Date().toISOString();
  const rows = result.recordings.map((r) =>
    toRow({ id: recordingId(result.lang, result.band, r.key), lang: result.lang, band: result.band, recordedAt, ...r }),
  );
  const database = await getDatabase();
  await database.transaction('rw', database.recordings, () => database.recordings.bulkPut(rows));
  return result;
}
