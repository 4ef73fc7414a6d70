// Plays a reading: texts one after the other, each with a recording or the device's voice, telling which
// text (and, where the voice reports boundaries, which sentence) is being read. Used by the app's
// read-aloud seam (readAloud.ts) and by the static public wheel pages (features/wheel/static), so it holds
// no React and no database: a recording's audio comes from the step itself.
import { sentenceAt, type TextRange } from '../../domain/voice/sentences';

/** One text to read; `lang` and `key` say which text on screen it is. */
export type Step = { lang: string; key: string } & (
  { kind: 'recording'; audio: () => Promise<Blob | undefined> } | { kind: 'speech'; text: string; voice: SpeechSynthesisVoice }
);

/** Which text is being read now (and its sentence); undefined when the reading ends or stops. */
export type OnReading = (now: { lang: string; key: string; sentence?: TextRange } | undefined) => void;

// One <audio> element for every recording: Safari lets a page play sound only on an element it first
// played in a tap, so the element is "played" at once in the tap and then given each recording in turn.
let player: HTMLAudioElement | undefined;
let playerUrl: string | undefined;
/** Bumped by every start and stop: a reading that sees another number has been replaced or stopped. */
let reading = 0;
/** The reading's listener, told `undefined` when it is stopped. */
let listener: OnReading | undefined;

function releaseUrl(): void {
  if (playerUrl) URL.revokeObjectURL(playerUrl);
  playerUrl = undefined;
  // No address left behind: the next tap's play() must not start a recording already read.
  player?.removeAttribute('src');
}

/** Ends the recording now playing, for stopPlaying. */
let endPlaying: (() => void) | undefined;

/** play(), whose promise some environments leave out or whose call throws where there is no audio. */
function startPlaying(audio: HTMLAudioElement): Promise<void> {
  try {
    return Promise.resolve(audio.play());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function playRecording({ audio: load, lang, key }: Extract<Step, { kind: 'recording' }>, token: number, onReading: OnReading): Promise<void> {
  return load().then((blob) => {
    if (!blob || token !== reading || !player) return;
    // A recording says nothing of where it is: the whole text is marked while it plays.
    onReading({ lang, key });
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

function speak({ text, voice, lang, key }: Extract<Step, { kind: 'speech' }>, token: number, onReading: OnReading): Promise<void> {
  return new Promise<void>((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    // Queued utterances start one after the other: each marks its own text, then its sentence as the
    // voice reports word or sentence boundaries (many voices report none: the text stays marked whole).
    utterance.onstart = () => {
      if (token === reading) onReading({ lang, key });
    };
    utterance.onboundary = (event) => {
      if (token !== reading) return;
      const sentence = sentenceAt(text, event.charIndex);
      onReading(sentence ? { lang, key, sentence } : { lang, key });
    };
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    speechSynthesis.speak(utterance);
  });
}

async function run(steps: readonly Step[], token: number, onReading: OnReading): Promise<void> {
  for (let i = 0; i < steps.length; i++) {
    if (token !== reading) return;
    const step = steps[i] as Step;
    if (step.kind === 'recording') {
      await playRecording(step, token, onReading);
      continue;
    }
    // Texts in a row for the device's voice are queued at once (no gap, and the first is spoken in the tap);
    // the reading goes on after the last of them.
    const spoken: Array<Promise<void>> = [];
    for (; i < steps.length && (steps[i] as Step).kind === 'speech'; i++) spoken.push(speak(steps[i] as Extract<Step, { kind: 'speech' }>, token, onReading));
    i--;
    await spoken[spoken.length - 1];
  }
  if (token === reading) {
    releaseUrl();
    listener = undefined;
    onReading(undefined);
  }
}

/**
 * Starts a reading in a tap, stopping whatever was being read; the steps may come later (they are often
 * read from storage), as long as the tap started it. Returns the function that gives them.
 */
export function startReading(onReading: OnReading): (steps: readonly Step[]) => void {
  stopPlaying();
  stopOnLeaving();
  const token = reading;
  listener = onReading;
  if (typeof Audio !== 'undefined') {
    player ??= new Audio();
    // Inside the tap (see `player`); it has nothing to play yet, so a refusal is expected.
    startPlaying(player).catch(() => undefined);
  }
  return (steps) => {
    if (token === reading) void run(steps, token, onReading);
  };
}

let listening = false;
/**
 * Leaving the page, putting it away (another app, a locked screen) or going to another view ends the
 * reading, whichever view started it: a voice must not go on reading to an empty room.
 */
function stopOnLeaving(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('pagehide', stopPlaying);
  window.addEventListener('hashchange', stopPlaying);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') stopPlaying();
  });
}

/** Stops reading (leaving a view, choosing another area). */
export function stopPlaying(): void {
  reading++;
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  if (player && !player.paused) player.pause();
  endPlaying?.();
  releaseUrl();
  const stopped = listener;
  listener = undefined;
  stopped?.(undefined);
}
