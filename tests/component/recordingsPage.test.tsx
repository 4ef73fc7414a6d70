// The recordings page (issue 13): every text of a language and age band listed with whether it is recorded
// and of the current wording, deleting a recording, a refused voice pack writing nothing, and the plain
// messages where the device has no voice or the browser cannot record.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { RecordingsPage } from '../../src/features/voice/RecordingsPage';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { listRecordings, saveRecording } from '../../src/storage/recordings';
import { exportVoicePack } from '../../src/storage/voicePacks';
import { renderWithI18n } from './renderWithI18n';

const database = new HjuletDatabase('recordings-page');
useDatabase(database);
beforeEach(async () => {
  await database.recordings.clear();
});

const row = (key: string) => document.querySelector<HTMLElement>(`[data-voice-key="${key}"]`);

describe('RecordingsPage', () => {
  it('lists the texts in the language recorded, marks recordings of an older wording, and deletes', async () => {
    await saveRecording({ lang: 'so', band: '6-12', key: 'wheel:areas.safe.label', text: 'Ammaan ah', mime: 'audio/webm', audio: new Uint8Array([1, 2]) });
    await saveRecording({ lang: 'so', band: '6-12', key: 'wheel:scale.1', text: 'Erey hore', mime: 'audio/webm', audio: new Uint8Array([3]) });
    await renderWithI18n(<RecordingsPage lang="so" />);
    await screen.findByRole('heading', { level: 1, name: 'Röster och inspelningar' }, { timeout: 5000 });
    await waitFor(() => expect(row('wheel:areas.safe.label')?.dataset.voiceStatus).toBe('recorded'), { timeout: 5000 });
    const label = row('wheel:areas.safe.label') as HTMLElement;
    expect(within(label).getByText('Ammaan ah').getAttribute('lang')).toBe('so');
    expect(row('wheel:scale.1')?.dataset.voiceStatus).toBe('outOfDate');
    expect(within(row('wheel:scale.1') as HTMLElement).getByText(/Texten har ändrats/)).toBeTruthy();
    expect(row('wheel:areas.included.label')?.dataset.voiceStatus).toBe('missing');
    expect(row('childTurn:question.6-12')).not.toBeNull();
    // Grouped by area, named in the adult's language, then the texts for the whole wheel.
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Trygg', 'Frågor och svar för hela hjulet']),
    );
    expect(row('wheel:hopes.question')).not.toBeNull();
    expect(screen.getByTestId('voice-progress').textContent).toMatch(/^Inspelade: 2 av \d+\.$/);
    expect((await screen.findByTestId('voice-storage', {}, { timeout: 5000 })).textContent).toContain('MB');
    // jsdom has no Somali voice: only recordings can read.
    expect(await screen.findByTestId('voice-no-device', {}, { timeout: 5000 })).toBeTruthy();

    fireEvent.click(within(label).getByTestId('voice-delete'));
    await waitFor(() => expect(row('wheel:areas.safe.label')?.dataset.voiceStatus).toBe('missing'), { timeout: 5000 });
    expect((await listRecordings('so')).map((r) => r.key)).toEqual(['wheel:scale.1']);
  });

  it('refuses a pack with a changed hash, saying so, and writes nothing', async () => {
    await saveRecording({ lang: 'so', band: '6-12', key: 'wheel:areas.safe.label', text: 'Ammaan ah', mime: 'audio/webm', audio: new Uint8Array([1, 2]) });
    const pack = JSON.parse(await exportVoicePack('so', '6-12')) as { entries: Array<{ audioHash: string }> };
    await database.recordings.clear();
    (pack.entries[0] as { audioHash: string }).audioHash = 'a'.repeat(64);
    await renderWithI18n(<RecordingsPage lang="so" />);
    const input = await screen.findByTestId('voice-import', {}, { timeout: 5000 });
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(pack)], 'pack.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByTestId('voice-pack-message').textContent).toContain('kontrollsumma'), { timeout: 5000 });
    expect(screen.getByTestId('voice-pack-message').textContent).toContain('ingenting sparades');
    expect(await listRecordings('so')).toEqual([]);
  });

  it('says so when the browser cannot record', async () => {
    await renderWithI18n(<RecordingsPage lang="so" />);
    await waitFor(() => expect(row('wheel:areas.safe.label')).not.toBeNull(), { timeout: 5000 });
    fireEvent.click(within(row('wheel:areas.safe.label') as HTMLElement).getByTestId('voice-record'));
    expect((await screen.findByRole('alert')).textContent).toBe('Den här webbläsaren kan inte spela in ljud.');
  });
});
