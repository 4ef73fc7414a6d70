// Recorded voices (issue 13): an adult's reading of the app's texts, one row per language, age band and
// text key. They are the app's texts, not a child's data: kept in clear, never in a backup, and carried
// between devices as voice packs instead.
import type { AgeBand } from '../domain/model';
// Straight from their modules, not the domain's index: playing a recording must not bring the pack code.
import { hashAudio } from '../domain/voice/audioHash';
import { hashText } from '../domain/voice/textHash';
import { getDatabase } from './database';
import type { RecordingRow } from './db';

export interface Recording {
  id: string;
  lang: string;
  band: AgeBand;
  key: string;
  /** Hash of the text as it was read (domain/voice/textHash.ts). */
  textHash: string;
  mime: string;
  audioHash: string;
  audio: Uint8Array;
  recordedAt: string;
}

export function recordingId(lang: string, band: AgeBand, key: string): string {
  return `${lang}|${band}|${key}`;
}

export function toRow(recording: Recording): RecordingRow {
  // The bytes in an ArrayBuffer of their own: what every browser's IndexedDB stores reliably.
  const { audio, ...rest } = recording;
  return { ...rest, audio: audio.slice().buffer, bytes: audio.byteLength };
}

function fromRow(row: RecordingRow): Recording | undefined {
  const { id, lang, band, key, textHash, mime, audioHash, audio, recordedAt } = row;
  if (typeof band !== 'string' || typeof key !== 'string' || typeof textHash !== 'string' || typeof mime !== 'string') return undefined;
  // By its tag rather than instanceof: a buffer from another realm (a test's IndexedDB) is one too.
  if (Object.prototype.toString.call(audio) !== '[object ArrayBuffer]') return undefined;
  return {
    id,
    lang,
    band: band as AgeBand,
    key,
    textHash,
    mime,
    audioHash: typeof audioHash === 'string' ? audioHash : '',
    audio: new Uint8Array(audio as ArrayBuffer),
    recordedAt: typeof recordedAt === 'string' ? recordedAt : '',
  };
}

function rowsOf(rows: readonly RecordingRow[]): Recording[] {
  return rows.map(fromRow).filter((r): r is Recording => r !== undefined);
}

/** Stores a reading of `text` (replacing an earlier one of the same key). */
export async function saveRecording(input: { lang: string; band: AgeBand; key: string; text: string; mime: string; audio: Uint8Array }): Promise<Recording> {
  const recording: Recording = {
    id: recordingId(input.lang, input.band, input.key),
    lang: input.lang,
    band: input.band,
    key: input.key,
    textHash: hashText(input.text),
    mime: input.mime,
    audioHash: await hashAudio(input.audio),
    audio: input.audio,
    recordedAt: new Date().toISOString(),
  };
  await (await getDatabase()).recordings.put(toRow(recording));
  return recording;
}

/** A language's recordings, of one band or of all. */
export async function listRecordings(lang: string, band?: AgeBand): Promise<Recording[]> {
  const all = rowsOf(await (await getDatabase()).recordings.where('lang').equals(lang).toArray());
  return band ? all.filter((r) => r.band === band) : all;
}

export async function deleteRecording(lang: string, band: AgeBand, key: string): Promise<void> {
  await (await getDatabase()).recordings.delete(recordingId(lang, band, key));
}

/** Erases a language's recordings (of one band, or all of them). */
export async function deleteRecordings(lang: string, band?: AgeBand): Promise<void> {
  const database = await getDatabase();
  const ids = (await listRecordings(lang, band)).map((r) => r.id);
  await database.recordings.bulkDelete(ids);
}

/** Bytes of audio stored, of every language. */
export async function recordingBytes(): Promise<number> {
  let total = 0;
  await (
    await getDatabase()
  ).recordings.each((row) => {
    total += typeof row.bytes === 'number' ? row.bytes : 0;
  });
  return total;
}

/** What the read-aloud buttons need to decide, without the audio: recording id → hash of the text read. */
export async function recordingIndex(lang: string): Promise<Map<string, string>> {
  const index = new Map<string, string>();
  await (
    await getDatabase()
  ).recordings
    .where('lang')
    .equals(lang)
    .each((row) => {
      if (typeof row.textHash === 'string') index.set(row.id, row.textHash);
    });
  return index;
}

/** One recording's audio, ready for an <audio> element. */
export async function recordingAudio(id: string): Promise<Blob | undefined> {
  const recording = (await (await getDatabase()).recordings.get(id)) as RecordingRow | undefined;
  const found = recording ? fromRow(recording) : undefined;
  return found ? new Blob([found.audio as Uint8Array<ArrayBuffer>], { type: found.mime }) : undefined;
}
