// The one seam for reading the app's texts aloud. Today it speaks with the device's voice for the language,
// where the device has one. Recorded voices (a `recordings` row per `${lang}|${band}|${key}`) can take over
// here without any caller changing: every request says which texts (by their key in the locale files) it
// reads, in which language and age band.
import { useEffect, useState } from 'react';
import type { AgeBand } from '../../domain/model';
import { deviceVoice } from './deviceVoice';

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

/** Reads the texts one after the other, stopping whatever was being read. */
export function readAloud({ lang, texts }: ReadAloudRequest): void {
  const voice = deviceVoice(lang);
  if (!voice) return;
  speechSynthesis.cancel();
  for (const { text } of texts) {
    if (text.trim() === '') continue;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    speechSynthesis.speak(utterance);
  }
}

/** Stops reading (leaving a view, choosing another area). */
export function stopReadAloud(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}

/** Whether texts in this language (and band) can be read aloud here; follows the device's voices as they load. */
export function useCanReadAloud(lang: string, _band?: AgeBand): boolean {
  const [available, setAvailable] = useState(() => deviceVoice(lang) !== undefined);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const synth = speechSynthesis;
    const refresh = () => setAvailable(deviceVoice(lang) !== undefined);
    refresh();
    synth.addEventListener('voiceschanged', refresh);
    return () => synth.removeEventListener('voiceschanged', refresh);
  }, [lang]);
  return available;
}
