// Recorded voices on the device (issue 13): saved per language, band and key, counted, exported as a
// pack and imported in one transaction, a refused pack writing nothing, and never part of a backup.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { deleteRecording, deleteRecordings, listRecordings, recordingBytes, saveRecording } from '../../src/storage/recordings';
import { exportVoicePack, importVoicePack } from '../../src/storage/voicePacks';
import { readVoicePreference, saveVoicePreference } from '../../src/storage/voicePreference';
import { hashText } from '../../src/domain/voice';
import { createBackupFile } from '../../src/features/export/backupActions';

const LANGS = ['sv', 'en', 'fi', 'so', 'ar', 'kmr'];
let counter = 0;
beforeEach(() => {
  useDatabase(new HjuletDatabase(`recordings-test-${counter++}`));
});

const audio = (n: number, fill: number) => new Uint8Array(n).fill(fill);

async function threeSomali() {
  await saveRecording({ lang: 'so', band: '6-12', key: 'wheel:areas.safe.label', text: 'Badbaado', mime: 'audio/webm;codecs=opus', audio: audio(100, 1) });
  await saveRecording({ lang: 'so', band: '6-12', key: 'wheel:scale.1', text: 'Aad u xun', mime: 'audio/webm;codecs=opus', audio: audio(50, 2) });
  await saveRecording({ lang: 'so', band: '0-5', key: 'wheel:scale.1', text: 'Xun', mime: 'audio/ogg', audio: audio(10, 3) });
}

describe('recordings', () => {
  it('are saved with the hash of the text read, listed per language and band, counted and deleted', async () => {
    await threeSomali();
    await saveRecording({ lang: 'ar', band: '6-12', key: 'wheel:scale.1', text: 'سيئ', mime: 'audio/mp4', audio: audio(7, 4) });
    const somali = await listRecordings('so', '6-12');
    expect(somali.map((r) => r.key).sort()).toEqual(['wheel:areas.safe.label', 'wheel:scale.1']);
    expect(somali.find((r) => r.key === 'wheel:scale.1')?.textHash).toBe(hashText('Aad u xun'));
    expect([...(somali.find((r) => r.key === 'wheel:scale.1')?.audio ?? [])]).toEqual([...audio(50, 2)]);
    expect(await recordingBytes()).toBe(167);
    await deleteRecording('so', '6-12', 'wheel:scale.1');
    expect((await listRecordings('so')).length).toBe(2);
    await deleteRecordings('so');
    expect(await listRecordings('so')).toEqual([]);
    expect((await listRecordings('ar')).length).toBe(1);
  });

  it('go out as a pack and come back the same, replacing those of the same keys', async () => {
    await threeSomali();
    const pack = await exportVoicePack('so', '6-12');
    const before = await listRecordings('so', '6-12');
    await deleteRecordings('so');
    const result = await importVoicePack(pack, LANGS);
    expect(result.ok).toBe(true);
    const after = await listRecordings('so', '6-12');
    const strip = (list: typeof before) =>
      list.map(({ recordedAt: _r, ...rest }) => ({ ...rest, audio: [...rest.audio] })).sort((a, b) => a.key.localeCompare(b.key));
    expect(strip(after)).toEqual(strip(before));
    expect(await listRecordings('so', '0-5')).toEqual([]);
  });

  it('write nothing at all from a pack that is refused', async () => {
    await threeSomali();
    const pack = JSON.parse(await exportVoicePack('so', '6-12')) as { entries: Array<Record<string, string>> };
    await deleteRecordings('so');
    const second = pack.entries[1];
    if (second) second.audioHash = '0'.repeat(64);
    const result = await importVoicePack(JSON.stringify(pack), LANGS);
    expect(result).toMatchObject({ ok: false, error: 'hash-mismatch' });
    expect(await listRecordings('so')).toEqual([]);
    expect(await recordingBytes()).toBe(0);
  });

  it('are not part of a backup', async () => {
    await threeSomali();
    const file = await createBackupFile();
    expect(file.text).not.toContain('recording');
    expect(file.text).not.toContain('Badbaado');
    expect(file.text).not.toContain('wheel:scale');
  });

  it('keep a choice of voice per language', async () => {
    expect(await readVoicePreference('so')).toEqual({ prefer: 'recording' });
    await saveVoicePreference('so', { prefer: 'device', voiceURI: 'x' });
    expect(await readVoicePreference('so')).toEqual({ prefer: 'device', voiceURI: 'x' });
    expect(await readVoicePreference('ar')).toEqual({ prefer: 'recording' });
  });
});
