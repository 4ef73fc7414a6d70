// The voices' state on a device without a database (a first visit, a family's phone at the QR code's
// wheel): known to be empty at once, without making the database or loading Dexie for it; and live again
// once the database appears, in this tab or in another.
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadVoiceState, voiceStateNow } from '../../src/features/readAloud/voiceState';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { saveVoicePreference } from '../../src/storage/voicePreference';

const names = async () => (await indexedDB.databases()).map((d) => d.name);

describe('voice state without a database', () => {
  it('is empty at once, makes no database, and follows the database once this tab makes it', async () => {
    useDatabase(new HjuletDatabase('voice-first-visit-a'));
    const state = await loadVoiceState('fi');
    expect(state.recordings.size).toBe(0);
    expect(state.preference.prefer).toBe('recording');
    expect(await names()).not.toContain('voice-first-visit-a');
    await saveVoicePreference('fi', { prefer: 'device' });
    await waitFor(() => expect(voiceStateNow('fi')?.preference.prefer).toBe('device'));
  });

  it('reads what another tab stored once the page is shown again', async () => {
    const here = new HjuletDatabase('voice-first-visit-b');
    useDatabase(here);
    expect((await loadVoiceState('ar')).preference.prefer).toBe('recording');
    // Another tab (its own connection to the same database) makes the database and stores a choice.
    const otherTab = new HjuletDatabase('voice-first-visit-b');
    await otherTab.settings.put({ key: 'voicePreference.ar', value: { prefer: 'device' } });
    otherTab.close();
    expect(voiceStateNow('ar')?.preference.prefer).toBe('recording');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(voiceStateNow('ar')?.preference.prefer).toBe('device'));
  });
});
