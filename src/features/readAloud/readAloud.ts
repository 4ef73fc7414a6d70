// The one seam for reading the app's texts aloud (issue 13). Every request says which texts (by their key
// in the locale files) it reads, in which language and age band. Per language, each text is read with
// a recording of its current wording (storage/recordings.ts) or the device's own voice, in the order the
// user chose in settings; a text with neither is left out, and a button with nothing to read is hidden.
import { useEffect, useState } from 'react';
import type { AgeBand } from '../../domain/model';
import { hashText } from '../../domain/voice/textHash';
import { recordingAudio } from '../../storage/recordings';
import { deviceVoice } from './deviceVoice';
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

type Step = { kind: 'recording'; id: string } | { kind: 'speech'; text: string; voice: SpeechSynthesisVoice };

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
    const speech = voice ? ({ kind: 'speech', text: text.text, voice } as const) : undefined;
    const rec = recording ? ({ kind: 'recording', id: recording } as const) : undefined;
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

// One <audio> element for every recording: Safari lets a page play sound only on an element it first
// played in a tap, so the element is "played" at once in the tap and then given each recording in turn.
let player: HTMLAudioElement | undefined;
let playerUrl: string | undefined;
/** Bumped by every start and stop: a reading that sees another number has been replaced or stopped. */
let reading = 0;

function releaseUrl(): void {
  if (playerUrl) URL.revokeObjectURL(playerUrl);
  playerUrl = undefined;
  // No address left behind: the next tap's play() must not start a recording already read.
  player?.removeAttribute('src');
}

/** Ends the recording now playing, for stopReadAloud. */
let endPlaying: (() => void) | undefined;

/** play(), whose promise some environments leave out or whose call throws where there is no audio. */
function startPlaying(audio: HTMLAudioElement): Promise<void> {
  try {
    return Promise.resolve(audio.play());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function playRecording(id: string, token: number): Promise<void> {
  return recordingAudio(id).then((blob) => {
    if (!blob || token !== reading || !player) return;
    const audio = player;
    if (playerUrl) URL.revokeObjectURL(playerUrl);
    playerUrl = URL.createObjectURL(blob);
    audio.src = playerUrl;
    return new Promise<void>((resolve) => {
      const done = () => {
        audio.removeEventListener('ended', done);
        audio.removeEventListener('error', done);
        endPlaying = undefined;
        resolve();
      };
      audio.addEventListener('ended', done);
      audio.addEventListener('error', done);
      endPlaying = done;
      startPlaying(audio).catch(done);
    });
  });
}

function speak(text: string, voice: SpeechSynthesisVoice): Promise<void> {
  return new Promise<void>((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    speechSynthesis.speak(utterance);
  });
}

async function run(steps: readonly Step[], token: number): Promise<void> {
  for (let i = 0; i < steps.length; i++) {
    if (token !== reading) return;
    const step = steps[i] as Step;
    if (step.kind === 'recording') {
      await playRecording(step.id, token);
      continue;
    }
    // Texts in a row for the device's voice are queued at once (no gap, and the first is spoken in the tap);
    // the reading goes on after the last of them.
    const spoken: Array<Promise<void>> = [];
    for (; i < steps.length && (steps[i] as Step).kind === 'speech'; i++) {
      const { text, voice } = steps[i] as Extract<Step, { kind: 'speech' }>;
      spoken.push(speak(text, voice));
    }
    i--;
    await spoken[spoken.length - 1];
  }
  if (token === reading) releaseUrl();
}

/** Reads the texts one after the other, stopping whatever was being read. */
export function readAloud(request: ReadAloudRequest): void {
  stopReadAloud();
  const token = reading;
  if (typeof Audio !== 'undefined') {
    player ??= new Audio();
    // Inside the tap (see `player`); it has nothing to play yet, so a refusal is expected.
    startPlaying(player).catch(() => undefined);
  }
  const state = voiceStateNow(request.lang);
  if (state) void run(plan(request, state), token);
  else void loadVoiceState(request.lang).then((loaded) => run(plan(request, loaded), token));
}

/** Stops reading (leaving a view, choosing another area). */
export function stopReadAloud(): void {
  reading++;
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  if (player && !player.paused) player.pause();
  endPlaying?.();
  releaseUrl();
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
