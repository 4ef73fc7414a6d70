// Read aloud on the static public wheel pages (`<base>wheel/<lang>/`), loaded by the page's script once the
// page has shown: the family who scanned the poster's QR code hears an area with the host's recorded voice
// (the voice pack the host ships at `<base>voice-packs/<lang>-6-12.json` and lists in `voice-packs/index.json`,
// checked like any import) or the
// device's own voice for the language, in that order; never a network voice. Every area has a button that
// stays hidden until there is something to read it with. It reads no database and saves nothing.
import { BASE_AGE_BAND } from '../../../domain/ageBand';
import { decodeVoicePack } from '../../../domain/voice/pack';
import { VOICE_PACK_MAX_CHARS } from '../../../domain/voice/format';
import { parseVoicePackList, VOICE_PACK_LIST_MAX_CHARS, voicePackName } from '../../../domain/voice/packList';
import { hashText } from '../../../domain/voice/textHash';
import { LANGUAGES } from '../../../i18n/languages';
import { deviceVoice } from '../../readAloud/deviceVoice';
import { startReading, stopPlaying, type OnReading, type Step } from '../../readAloud/player';
import { fetchHostFile } from '../../texts/hostFile';

/** A recording of the host's pack: the hash of the wording it reads, and its audio. */
interface HostRecording {
  textHash: string;
  audio: Blob;
}

/** The host's pack for the language, if its list names one. */
async function listedPack(lang: string, appBase: URL): Promise<URL | undefined> {
  const list = await fetchHostFile(new URL('voice-packs/index.json', appBase), VOICE_PACK_LIST_MAX_CHARS);
  const name = voicePackName(lang, BASE_AGE_BAND);
  if (list.kind !== 'text' || !parseVoicePackList(list.text, LANGUAGES).has(name)) return undefined;
  return new URL(`voice-packs/${name}.json`, appBase);
}

/**
 * Once the service worker controls the page (the first visit), the list and the pack are fetched again
 * through it: its cache keeps them, so the page reads with the host's voice offline next time too.
 */
function keepForOffline(lang: string, appBase: URL): void {
  if (!('serviceWorker' in navigator) || navigator.serviceWorker.controller) return;
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => void listedPack(lang, appBase).then((url) => url && fetchHostFile(url, VOICE_PACK_MAX_CHARS)),
    {
      once: true,
    },
  );
}

/** The host's recordings for the page's language, by text key; none when it ships no (valid) pack. */
export async function hostRecordings(lang: string, appBase: URL): Promise<Map<string, HostRecording>> {
  const recordings = new Map<string, HostRecording>();
  keepForOffline(lang, appBase);
  const url = await listedPack(lang, appBase);
  if (!url) return recordings;
  const fetched = await fetchHostFile(url, VOICE_PACK_MAX_CHARS);
  if (fetched.kind !== 'text') return recordings;
  const pack = await decodeVoicePack(fetched.text, LANGUAGES);
  // A pack for another language or age is not this page's (a host's misnamed file).
  if (!pack.ok || pack.lang !== lang || pack.band !== BASE_AGE_BAND) return recordings;
  for (const { key, textHash, mime, audio } of pack.recordings) recordings.set(key, { textHash, audio: new Blob([audio as BlobPart], { type: mime }) });
  return recordings;
}

/** The texts of an area as the page shows them (ui/ReadText puts their keys on the page). */
function textsOf(area: Element): Array<{ key: string; text: string; element: HTMLElement }> {
  return Array.from(area.querySelectorAll<HTMLElement>('[data-read-key]')).map((element) => ({
    key: element.dataset.readKey ?? '',
    text: element.textContent ?? '',
    element,
  }));
}

/** Recording first (the wording it reads must be the page's), else the device's voice, else nothing. */
function stepsFor(lang: string, area: Element, recordings: ReadonlyMap<string, HostRecording>): Step[] {
  const voice = deviceVoice(lang);
  const steps: Step[] = [];
  for (const { key, text } of textsOf(area)) {
    if (text.trim() === '') continue;
    const recording = recordings.get(key);
    if (recording && recording.textHash === hashText(text)) steps.push({ kind: 'recording', lang, key, audio: () => Promise.resolve(recording.audio) });
    else if (voice) steps.push({ kind: 'speech', lang, key, text, voice });
  }
  return steps;
}

/** Marks the text being read as the app does (ui/ReadText): the text underlined, its sentence highlighted. */
function marker(area: Element): OnReading {
  let marked: { element: HTMLElement; text: string } | undefined;
  return (now) => {
    if (marked) {
      marked.element.textContent = marked.text;
      marked.element.classList.remove('is-reading');
      delete marked.element.dataset.reading;
      marked = undefined;
    }
    if (!now) return;
    const found = textsOf(area).find((item) => item.key === now.key);
    if (!found) return;
    marked = { element: found.element, text: found.text };
    const { start, end } = now.sentence ?? { start: 0, end: found.text.length };
    const mark = document.createElement('mark');
    mark.className = 'reading-sentence';
    mark.textContent = found.text.slice(start, end);
    found.element.replaceChildren(found.text.slice(0, start), mark, found.text.slice(end));
    found.element.classList.add('is-reading');
    found.element.dataset.reading = '';
  };
}

/** Stops what is being read (another area chosen, the page left). */
export function stopPageReading(): void {
  stopPlaying();
}

/**
 * Gives every area's read-aloud button (`[data-read-area]`, hidden in the HTML) its reading, and shows
 * the ones that can read something: now with the device's voices, and again as voices and the pack arrive.
 */
export function setUpPageReading(lang: string, recordingsReady: Promise<Map<string, HostRecording>>): void {
  let recordings: ReadonlyMap<string, HostRecording> = new Map();
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-read-area]'));
  const areaOf = (button: HTMLButtonElement) => document.getElementById(button.dataset.readArea ?? '');
  const refresh = () => {
    for (const button of buttons) {
      const area = areaOf(button);
      button.hidden = !area || stepsFor(lang, area, recordings).length === 0;
    }
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const area = areaOf(button);
      if (area) startReading(marker(area))(stepsFor(lang, area, recordings));
    });
  }
  refresh();
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.addEventListener('voiceschanged', refresh);
  void recordingsReady.then((found) => {
    recordings = found;
    refresh();
  });
}
