// The read-aloud seam: a button only where the device has a voice for the language; a press reads the
// given texts in order with that voice, stopping what was being read.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadAloudButton } from '../../src/features/readAloud/ReadAloudButton';

class Utterance {
  voice: unknown;
  lang = '';
  constructor(readonly text: string) {}
}

function fakeSpeech(voices: Array<{ lang: string; name: string }>) {
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

const texts = [
  { key: 'wheel:areas.safe.label', text: 'Trygg' },
  { key: 'wheel:areas.safe.child', text: 'Du ska känna dig trygg.' },
  { key: 'wheel:areas.safe.prompts.0', text: ' ' },
];

describe('ReadAloudButton', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the texts in order with the voice of their language', () => {
    const { spoken, synth } = fakeSpeech([
      { lang: 'en-GB', name: 'English' },
      { lang: 'sv-SE', name: 'Alva' },
    ]);
    render(<ReadAloudButton lang="sv" band="6-12" texts={texts} label="Läs upp" />);
    fireEvent.click(screen.getByRole('button', { name: 'Läs upp' }));
    expect(synth.cancel).toHaveBeenCalled();
    expect(spoken.map((u) => u.text)).toEqual(['Trygg', 'Du ska känna dig trygg.']);
    expect(spoken.every((u) => (u.voice as { name: string }).name === 'Alva' && u.lang === 'sv-SE')).toBe(true);
  });

  it('is not there without a voice for the language, and comes when the voices arrive', () => {
    const voices: Array<{ lang: string; name: string }> = [{ lang: 'en-GB', name: 'English' }];
    const { synth } = fakeSpeech(voices);
    render(<ReadAloudButton lang="so" texts={texts} label="Kor u akhri" />);
    expect(screen.queryByRole('button')).toBeNull();
    voices.push({ lang: 'so-SO', name: 'Somali' });
    act(() => {
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    expect(screen.getByRole('button', { name: 'Kor u akhri' })).toBeTruthy();
  });
});
