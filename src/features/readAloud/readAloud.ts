// The one seam for reading the app's texts aloud (issue 13). Every request says which texts (by their key
// in the locale files) it reads, in which language and age band. Per language, each text is read with
// a recording of its current wording (storage/recordings.ts) or the device's own voice, in the order the
// user chose in settings; a text with neither is left out, and a button with nothing to read is hidden.
import { useEffect, useState } from 'react';
import type { AgeBand } from '../../domain/model';
import { hashText } from '../../domain/voice/textHash';
import { recordingAudio } from '../../storage/recordings';
import { setReadingNow } from '../../ui/readingNow';
import { deviceVoice } from './deviceVoice';
import { startReading, stopPlaying, type Step } from './player';
import { loadVoiceState, subscribeVoiceState, voiceStateNow, type VoiceState } from './voiceState';

export interface ReadAloudText {
  /** The text's key, with its namespace: `wheel:areas.safe.bands.0-5.child`. */
  key: string;
  /** The text as shown (a wheel pack's wording when one is in use). */
  text: string;
}

export interface ReadAloudRequest {
  lang: string;
  band?: AgeBand;
  texts: readonly ReadAloudText[];
}

/**
 * The recording of this wording: the band's own first, else the same text read for another band (an
 * area's name is the same words in every band, and the hash says whether the wording is).
 */
function recordingFor(state: VoiceState, lang: string, band: AgeBand | undefined, { key, text }: ReadAloudText): string | undefined {
  const hash = hashText(text);
  const own = band ? `${lang}|${band}|${key}` : undefined;
  if (own && state.recordings.get(own) === hash) return own;
  for (const [id, textHash] of state.recordings) if (textHash === hash && id.endsWith(`|${key}`) && id.startsWith(`${lang}|`)) return id;
  return undefined;
}

function plan({ lang, band, texts }: ReadAloudRequest, state: VoiceState): Step[] {
  const voice = deviceVoice(lang, state.preference.voiceURI);
  const steps: Step[] = [];
  for (const text of texts) {
    if (text.text.trim() === '') continue;
    const recording = recordingFor(state, lang, band, text);
    const speech = voice ? ({ kind: 'speech', lang, key: text.key, text: text.text, voice } as const) : undefined;
    const rec = recording ? ({ kind: 'recording', lang, key: text.key, audio: () => recordingAudio(recording) } as const) : undefined;
    const step = state.preference.prefer === 'device' ? (speech ?? rec) : (rec ?? speech);
    if (step) steps.push(step);
  }
  return steps;
}

/** Whether any of the texts (or, with none given, anything in the language) could be read now. */
function canRead(lang: string, band: AgeBand | undefined, texts: readonly ReadAloudText[] | undefined, state: VoiceState): boolean {
  if (deviceVoice(lang, state.preference.voiceURI)) return true;
  if (!texts) return [...state.recordings.keys()].some((id) => id.startsWith(band ? `${lang}|${band}|` : `${lang}|`));
  return texts.some((text) => text.text.trim() !== '' && recordingFor(state, lang, band, text) !== undefined);
}

/** Reads the texts one after the other, stopping whatever was being read. */
export function readAloud(request: ReadAloudRequest): void {
  const play = startReading(setReadingNow);
  const state = voiceStateNow(request.lang);
  if (state) play(plan(request, state));
  else void loadVoiceState(request.lang).then((loaded) => play(plan(request, loaded)));
}

/** Stops reading (leaving a view, choosing another area). */
export function stopReadAloud(): void {
  stopPlaying();
}

/**
 * Whether texts in this language (and band) can be read aloud here: a device voice, or a recording of the
 * current wording of one of `texts`. Follows the device's voices as they load and recordings as they come.
 */
export function useCanReadAloud(lang: string, band?: AgeBand, texts?: readonly ReadAloudText[]): boolean {
  const textsKey = texts ? texts.map((t) => `${t.key}\u0000${t.text}`).join('\u0001') : undefined;
  const decide = () => canRead(lang, band, texts, voiceStateNow(lang) ?? { preference: { prefer: 'recording' }, recordings: new Map() });
  const [available, setAvailable] = useState(decide);
  useEffect(() => {
    const refresh = () => setAvailable(decide());
    refresh();
    const stop = subscribeVoiceState(lang, refresh);
    if (typeof speechSynthesis === 'undefined') return stop;
    const synth = speechSynthesis;
    synth.addEventListener('voiceschanged', refresh);
    return () => {
      stop();
      synth.removeEventListener('voiceschanged', refresh);
    };
    // `textsKey` says everything `texts` does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, band, textsKey]);
  return available;
}
