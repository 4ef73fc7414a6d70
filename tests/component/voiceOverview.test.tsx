// Settings show the voice of every language (issue 13, point 4): what reads first, which of the device's
// own voices (never a network one), how many texts are recorded; a choice made there is the one read with.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VoiceSettingsLink } from '../../src/features/voice/VoiceSettingsLink';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { saveRecording } from '../../src/storage/recordings';
import { readVoicePreference } from '../../src/storage/voicePreference';
import { renderWithI18n } from './renderWithI18n';

const database = new HjuletDatabase('voice-overview');
useDatabase(database);
beforeEach(async () => {
  await database.recordings.clear();
  await database.settings.clear();
  const voices = [
    { lang: 'sv-SE', name: 'Alva', voiceURI: 'alva', localService: true },
    { lang: 'sv-SE', name: 'Oskar', voiceURI: 'oskar', localService: true },
    { lang: 'so-SO', name: 'Cloud Somali', voiceURI: 'cloud-so', localService: false },
  ];
  vi.stubGlobal('speechSynthesis', Object.assign(new EventTarget(), { getVoices: () => voices, cancel: () => undefined, speak: () => undefined }));
});
afterEach(() => vi.unstubAllGlobals());

const block = (lang: string) => document.querySelector<HTMLElement>(`[data-voice-language="${lang}"]`) as HTMLElement;

describe('the voices in settings', () => {
  it('lists every language with its order, its device voices and its recordings, and saves a choice per language', async () => {
    await saveRecording({ lang: 'so', band: '6-12', key: 'wheel:areas.safe.label', text: 'Ammaan ah', mime: 'audio/webm', audio: new Uint8Array([1]) });
    await saveRecording({ lang: 'so', band: '0-5', key: 'wheel:areas.safe.label', text: 'Ammaan ah', mime: 'audio/webm', audio: new Uint8Array([2]) });
    await renderWithI18n(<VoiceSettingsLink />);
    const list = await screen.findByRole('list', { name: 'Rösten för varje språk' }, { timeout: 5000 });
    await waitFor(() => expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(6), { timeout: 5000 });
    expect(within(block('so')).getByRole('heading').textContent).toContain('somaliska');
    // Swedish: the device's two local voices to choose from.
    const swedishVoice = within(block('sv')).getByTestId('voice-overview-device') as HTMLSelectElement;
    expect([...swedishVoice.options].map((o) => o.textContent)).toEqual(['Den bästa rösten på enheten', 'Alva', 'Oskar']);
    // Somali: only a network voice, which is never used; the two recordings are counted.
    expect(within(block('so')).queryByTestId('voice-overview-device')).toBeNull();
    expect(within(block('so')).getByTestId('voice-overview-none').textContent).toBe('Enheten har ingen egen röst för språket.');
    await waitFor(() => expect(within(block('so')).getByTestId('voice-overview-recorded').textContent).toBe('Inspelade texter: 2'));
    expect(within(block('sv')).getByTestId('voice-overview-recorded').textContent).toBe('Inspelade texter: 0');

    fireEvent.change(within(block('so')).getByTestId('voice-overview-order'), { target: { value: 'device' } });
    await waitFor(async () => expect(await readVoicePreference('so')).toEqual({ prefer: 'device' }));
    fireEvent.change(swedishVoice, { target: { value: 'oskar' } });
    await waitFor(async () => expect(await readVoicePreference('sv')).toEqual({ prefer: 'recording', voiceURI: 'oskar' }));
    // Each language keeps its own choice.
    expect(await readVoicePreference('fi')).toEqual({ prefer: 'recording' });
    await waitFor(() => expect((within(block('sv')).getByTestId('voice-overview-device') as HTMLSelectElement).value).toBe('oskar'));
    expect(screen.getByTestId('voice-settings-link').getAttribute('href')).toContain('recordings');
  });
});
