// The read-aloud seam: a button only where the texts can be read, by a local device voice or a recording of
// their current wording; a press reads the given texts in order, stopping what was being read.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloudButton } from '../../src/features/readAloud/ReadAloudButton';
import { stopReadAloud } from '../../src/features/readAloud/readAloud';
import { ReadText } from '../../src/ui/ReadText';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { saveRecording } from '../../src/storage/recordings';
import { saveVoicePreference } from '../../src/storage/voicePreference';
import { loadVoiceState, voiceStateNow } from '../../src/features/readAloud/voiceState';

class Utterance {
  voice: unknown;
  lang = '';
  onend: (() => void) | null = null;
  onstart: (() => void) | null = null;
  onboundary: ((event: { charIndex: number; name: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

interface FakeVoice {
  lang: string;
  name: string;
  voiceURI: string;
  localService: boolean;
}

function fakeSpeech(voices: FakeVoice[]) {
  const spoken: Utterance[] = [];
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    cancel: vi.fn(),
    speak: (u: Utterance) => spoken.push(u),
  });
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  return { spoken, synth };
}

const voice = (lang: string, name: string, localService = true): FakeVoice => ({ lang, name, voiceURI: name, localService });

/** The <audio> element's sources as they are played; each "ends" at once. */
function fakeAudio() {
  const played: string[] = [];
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    if (this.src) {
      played.push(this.src);
      setTimeout(() => this.dispatchEvent(new Event('ended')), 0);
    }
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  let n = 0;
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => `blob:recording-${n++}`, revokeObjectURL: () => undefined }));
  return played;
}

const texts = [
  { key: 'wheel:areas.safe.label', text: 'Trygg' },
  { key: 'wheel:areas.safe.child', text: 'Du ska känna dig trygg.' },
  { key: 'wheel:areas.safe.prompts.0', text: ' ' },
];

// One database for the file: the seam keeps a live view of it per language, as the app does.
const database = new HjuletDatabase('read-aloud');
useDatabase(database);
beforeEach(async () => {
  await database.recordings.clear();
  await database.settings.clear();
  // The live view catches up with the cleared tables.
  await loadVoiceState('so');
  await waitFor(() => expect(voiceStateNow('so')).toMatchObject({ preference: { prefer: 'recording' }, recordings: new Map() }));
});

describe('ReadAloudButton', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('reads the texts in order with a local voice of their language, never a network voice', async () => {
    const { spoken, synth } = fakeSpeech([voice('sv-SE', 'Cloud Swedish', false), voice('en-GB', 'English'), voice('sv-SE', 'Alva')]);
    render(<ReadAloudButton lang="sv" band="6-12" texts={texts} label="Läs upp" />);
    fireEvent.click(screen.getByRole('button', { name: 'Läs upp' }));
    expect(synth.cancel).toHaveBeenCalled();
    await waitFor(() => expect(spoken.map((u) => u.text)).toEqual(['Trygg', 'Du ska känna dig trygg.']));
    expect(spoken.every((u) => (u.voice as { name: string }).name === 'Alva' && u.lang === 'sv-SE')).toBe(true);
  });

  it('is not there without a local voice for the language, and comes when the voices arrive', () => {
    const voices = [voice('en-GB', 'English'), voice('so-SO', 'Network Somali', false)];
    const { synth } = fakeSpeech(voices);
    render(<ReadAloudButton lang="so" texts={texts} label="Kor u akhri" />);
    expect(screen.queryByRole('button')).toBeNull();
    voices.push(voice('so-SO', 'Somali'));
    act(() => {
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    expect(screen.getByRole('button', { name: 'Kor u akhri' })).toBeTruthy();
  });

  it('plays recordings of the current wording, and comes once one is recorded', async () => {
    fakeSpeech([]);
    const played = fakeAudio();
    render(<ReadAloudButton lang="so" band="6-12" texts={texts} label="Kor u akhri" />);
    expect(screen.queryByRole('button')).toBeNull();
    await act(() => saveRecording({ lang: 'so', band: '6-12', key: 'wheel:areas.safe.label', text: 'Trygg', mime: 'audio/webm', audio: new Uint8Array([1]) }));
    // A reading of an older wording is out of date: not played.
    await act(() =>
      saveRecording({ lang: 'so', band: '6-12', key: 'wheel:areas.safe.child', text: 'Gammal text', mime: 'audio/webm', audio: new Uint8Array([2]) }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Kor u akhri' }, { timeout: 5000 }));
    await waitFor(() => expect(played).toHaveLength(1), { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(played).toHaveLength(1);
  });

  it('follows the choice per language: the device voice before a recording', async () => {
    const { spoken } = fakeSpeech([voice('so-SO', 'Somali')]);
    const played = fakeAudio();
    await saveRecording({ lang: 'so', band: '6-12', key: 'wheel:areas.safe.label', text: 'Trygg', mime: 'audio/webm', audio: new Uint8Array([1]) });
    await waitFor(() => expect(voiceStateNow('so')?.recordings.size).toBe(1));
    render(<ReadAloudButton lang="so" band="6-12" texts={texts} label="Kor u akhri" />);
    fireEvent.click(screen.getByRole('button'));
    // The recording first, then the device's voice for the text that has none.
    await waitFor(() => expect(spoken.map((u) => u.text)).toEqual(['Du ska känna dig trygg.']));
    expect(played).toHaveLength(1);
    spoken.length = 0;
    await act(() => saveVoicePreference('so', { prefer: 'device' }));
    await waitFor(() => expect(voiceStateNow('so')?.preference.prefer).toBe('device'));
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(spoken.map((u) => u.text)).toEqual(['Trygg', 'Du ska känna dig trygg.']));
    expect(played).toHaveLength(1);
  });

  it('marks the text being read and highlights the sentence the voice reports, until the reading ends', async () => {
    const { spoken } = fakeSpeech([voice('sv-SE', 'Alva')]);
    const child = 'Du ska känna dig trygg. Hemma och i skolan!';
    const shown = [
      { key: 'wheel:areas.safe.label', text: 'Trygg' },
      { key: 'wheel:areas.safe.child', text: child },
    ];
    render(
      <>
        <h2 data-testid="label">
          <ReadText lang="sv" textKey="wheel:areas.safe.label" text="Trygg" />
        </h2>
        <p data-testid="child">
          <ReadText lang="sv" textKey="wheel:areas.safe.child" text={child} />
        </p>
        {/* The same key in another language is another text: not marked. */}
        <p data-testid="other">
          <ReadText lang="en" textKey="wheel:areas.safe.child" text="You should feel safe." />
        </p>
        <ReadAloudButton lang="sv" band="6-12" texts={shown} label="Läs upp" />
      </>,
    );
    expect(document.querySelector('[data-reading]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Läs upp' }));
    await waitFor(() => expect(spoken).toHaveLength(2));
    const [label, text] = spoken as [Utterance, Utterance];
    // The voice starts the name: it is marked whole (this voice has not said where it is).
    act(() => label.onstart?.());
    expect(screen.getByTestId('label').querySelector('mark')?.textContent).toBe('Trygg');
    expect(screen.getByTestId('child').querySelector('[data-reading]')).toBeNull();
    act(() => label.onend?.());
    act(() => text.onstart?.());
    expect(screen.getByTestId('label').querySelector('[data-reading]')).toBeNull();
    expect(screen.getByTestId('child').querySelector('mark')?.textContent).toBe(child);
    // A word boundary in the second sentence: that sentence is highlighted, the first is not.
    act(() => text.onboundary?.({ charIndex: child.indexOf('skolan'), name: 'word' }));
    expect(screen.getByTestId('child').querySelector('mark')?.textContent).toBe('Hemma och i skolan!');
    expect(screen.getByTestId('child').textContent).toBe(child);
    expect(screen.getByTestId('other').querySelector('[data-reading]')).toBeNull();
    act(() => text.onboundary?.({ charIndex: 3, name: 'word' }));
    expect(screen.getByTestId('child').querySelector('mark')?.textContent).toBe('Du ska känna dig trygg.');
    // The last text ends: nothing is marked.
    await act(async () => {
      text.onend?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(document.querySelector('[data-reading]')).toBeNull();
  });

  it('unmarks the text when the reading is stopped (leaving, another area)', async () => {
    const { spoken } = fakeSpeech([voice('sv-SE', 'Alva')]);
    render(
      <>
        <ReadText lang="sv" textKey="wheel:areas.safe.label" text="Trygg" />
        <ReadAloudButton lang="sv" texts={texts.slice(0, 1)} label="Läs upp" />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Läs upp' }));
    await waitFor(() => expect(spoken).toHaveLength(1));
    act(() => spoken[0]?.onstart?.());
    expect(document.querySelector('[data-reading]')).not.toBeNull();
    act(() => stopReadAloud());
    expect(document.querySelector('[data-reading]')).toBeNull();
    // A late event of the cancelled utterance marks nothing.
    act(() => spoken[0]?.onboundary?.({ charIndex: 0, name: 'word' }));
    expect(document.querySelector('[data-reading]')).toBeNull();
  });

  it('stops when the page is put away or another view is opened', async () => {
    const { spoken, synth } = fakeSpeech([voice('sv-SE', 'Alva')]);
    render(
      <>
        <ReadText lang="sv" textKey="wheel:areas.safe.label" text="Trygg" />
        <ReadAloudButton lang="sv" texts={texts.slice(0, 1)} label="Läs upp" />
      </>,
    );
    const start = async () => {
      spoken.length = 0;
      fireEvent.click(screen.getByRole('button', { name: 'Läs upp' }));
      await waitFor(() => expect(spoken).toHaveLength(1));
      act(() => spoken[0]?.onstart?.());
      expect(document.querySelector('[data-reading]')).not.toBeNull();
      synth.cancel.mockClear();
    };
    await start();
    act(() => {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(synth.cancel).toHaveBeenCalled();
    expect(document.querySelector('[data-reading]')).toBeNull();

    await start();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    visibility.mockRestore();
    expect(synth.cancel).toHaveBeenCalled();
    expect(document.querySelector('[data-reading]')).toBeNull();

    await start();
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(synth.cancel).toHaveBeenCalled();
    expect(document.querySelector('[data-reading]')).toBeNull();
  });
});
