// Voice packs (issue 13): the format round trip, the text hash that marks a recording out of date, and
// damaged or altered packs refused with a clear reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeVoicePack,
  encodeVoicePack,
  hashAudio,
  hashText,
  isRecordingCurrent,
  voiceTextsFor,
  MAX_RECORDING_BYTES,
  type PackedRecording,
} from '../../src/domain/voice';
import { AGE_BANDS } from '../../src/domain/model';
import svWheel from '../../locales/sv/wheel.json';
import svTurn from '../../locales/sv/childTurn.json';

const LANGS = ['sv', 'en', 'fi', 'so', 'ar', 'kmr'];

async function recording(key: string, text: string, audio: Uint8Array, mime = 'audio/webm;codecs=opus'): Promise<PackedRecording> {
  return { key, textHash: hashText(text), mime, audioHash: await hashAudio(audio), audio };
}

const arbKey = fc
  .tuple(fc.constantFrom('wheel', 'childTurn'), fc.array(fc.stringMatching(/^[a-z0-9_-]{1,8}$/), { minLength: 1, maxLength: 4 }))
  .map(([ns, parts]) => `${ns}:${parts.join('.')}`);

const arbPack = fc.record({
  lang: fc.constantFrom(...LANGS),
  band: fc.constantFrom(...AGE_BANDS),
  entries: fc.uniqueArray(
    fc.record({
      key: arbKey,
      text: fc.string({ minLength: 1, maxLength: 80 }),
      audio: fc.uint8Array({ minLength: 1, maxLength: 600 }),
      mime: fc.constantFrom('audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'),
    }),
    { minLength: 1, maxLength: 12, selector: (entry) => entry.key },
  ),
});

async function onePack(): Promise<string> {
  return encodeVoicePack('so', '6-12', [
    await recording('wheel:areas.safe.label', 'Badbaado', new Uint8Array([1, 2, 3, 4, 5])),
    await recording('wheel:scale.1', 'Aad u xun', new Uint8Array([9, 8, 7])),
  ]);
}

describe('voice pack format', () => {
  it('round-trips any pack: language, band, keys, hashes, types and every byte of audio', async () => {
    await fc.assert(
      fc.asyncProperty(arbPack, async ({ lang, band, entries }) => {
        const recordings = await Promise.all(entries.map((e) => recording(e.key, e.text, e.audio, e.mime)));
        const decoded = await decodeVoicePack(encodeVoicePack(lang, band, recordings), LANGS);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.lang).toBe(lang);
        expect(decoded.band).toBe(band);
        const byKey = (list: readonly PackedRecording[]) => [...list].sort((a, b) => a.key.localeCompare(b.key)).map((r) => ({ ...r, audio: [...r.audio] }));
        expect(byKey(decoded.recordings)).toEqual(byKey(recordings));
      }),
      { numRuns: 60 },
    );
  });
});

describe('text hash', () => {
  it('is the same for the same wording, whatever the spacing or Unicode form', () => {
    expect(hashText('Känner du dig trygg?')).toBe(hashText('  Känner  du dig\ntrygg? '));
    expect(hashText('Känner du dig trygg?'.normalize('NFD'))).toBe(hashText('Känner du dig trygg?'));
    expect(hashText('x')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with any change of wording, so the old recording is out of date', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        fc.pre(a.normalize('NFC').replace(/\s+/gu, ' ').trim() !== b.normalize('NFC').replace(/\s+/gu, ' ').trim());
        expect(hashText(a)).not.toBe(hashText(b));
      }),
    );
    const made = { textHash: hashText('Är du trygg hemma?') };
    expect(isRecordingCurrent(made, 'Är du trygg hemma?')).toBe(true);
    expect(isRecordingCurrent(made, 'Känner du dig trygg hemma?')).toBe(false);
  });
});

describe('damaged packs are refused', () => {
  const refusedWith = async (text: string) => {
    const result = await decodeVoicePack(text, LANGS);
    return result.ok ? 'accepted' : result.error;
  };
  // A pack as plain JSON, to damage at will.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Loose = Record<string, any>;
  const edit = async (change: (pack: Loose) => void) => {
    const pack = JSON.parse(await onePack()) as Loose;
    change(pack);
    return refusedWith(JSON.stringify(pack));
  };

  it('accepts the pack as written', async () => {
    expect(await refusedWith(await onePack())).toBe('accepted');
  });

  it('says what is wrong', async () => {
    expect(await refusedWith('{"format":')).toBe('not-json');
    expect(await refusedWith('[]')).toBe('not-a-pack');
    expect(await edit((p) => (p.format = 'hjulet-backup'))).toBe('not-a-pack');
    expect(await edit((p) => (p.version = 2))).toBe('newer-version');
    expect(await edit((p) => (p.lang = 'de'))).toBe('unknown-language');
    expect(await edit((p) => (p.band = '3-4'))).toBe('unknown-band');
    expect(await edit((p) => (p.entries = []))).toBe('empty');
    expect(await edit((p) => (p.entries[0].mime = 'text/html'))).toBe('bad-audio-type');
    expect(await edit((p) => (p.entries[0].key = 'no namespace'))).toBe('bad-entry');
    expect(await edit((p) => (p.entries[0].textHash = 42))).toBe('bad-entry');
    expect(await edit((p) => (p.entries[0].audio = 'not base64!'))).toBe('bad-entry');
    expect(await edit((p) => p.entries.push({ ...p.entries[0] }))).toBe('duplicate-key');
    expect(await refusedWith('{"__proto__":{"x":1},"format":"hjulet-voice-pack"}')).toBe('not-a-pack');
  });

  it('refuses audio that does not match its hash, or a hash that was changed', async () => {
    expect(await edit((p) => (p.entries[1].audio = 'CQgG'))).toBe('hash-mismatch');
    expect(await edit((p) => (p.entries[0].audioHash = '0'.repeat(64)))).toBe('hash-mismatch');
    const result = await decodeVoicePack(
      JSON.stringify({ ...JSON.parse(await onePack()), entries: [{ ...JSON.parse(await onePack()).entries[0], audioHash: 'f'.repeat(64) }] }),
      LANGS,
    );
    expect(result).toEqual({ ok: false, error: 'hash-mismatch', key: 'wheel:areas.safe.label' });
  });

  it('refuses a recording larger than the limit before decoding it', async () => {
    const big = 'A'.repeat(Math.ceil((MAX_RECORDING_BYTES + 30) / 3) * 4);
    expect(await edit((p) => (p.entries[0].audio = big))).toBe('too-large');
  });
});

describe('texts to record', () => {
  it('lists each area, the question, the rating words and the hopes question once, by key', () => {
    const texts = voiceTextsFor('0-5', { text: (key) => `T ${key}`, list: () => ['a', 'b'] });
    const keys = texts.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('wheel:areas.safe.label');
    expect(keys).toContain('wheel:areas.safe.bands.0-5.child');
    expect(keys).toContain('wheel:areas.safe.bands.0-5.prompts.1');
    expect(keys).toContain('childTurn:question.0-5');
    expect(keys).toContain('wheel:scale.5');
    expect(keys).toContain('wheel:hopes.bands.0-5.question');
    expect(voiceTextsFor('6-12', { text: (key) => key, list: () => [] }).map((t) => t.key)).toContain('wheel:areas.safe.child');
  });

  it('names texts that exist in the locale files, in every band', () => {
    const files: Record<string, unknown> = { wheel: svWheel, childTurn: svTurn };
    const lookup = (key: string): unknown => {
      const [ns, path] = key.split(':') as [string, string];
      return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], files[ns]);
    };
    for (const band of AGE_BANDS) {
      const missing: string[] = [];
      const texts = voiceTextsFor(band, {
        text: (key) => {
          const value = lookup(key);
          if (typeof value !== 'string') missing.push(key);
          return typeof value === 'string' ? value : '';
        },
        list: (key) => {
          const value = lookup(key);
          if (!Array.isArray(value)) missing.push(key);
          return Array.isArray(value) ? value.map(String) : [];
        },
      });
      expect(missing).toEqual([]);
      // Eight areas with a name, a text and prompts each, the question, five ratings, the pass and the hopes.
      expect(texts.length).toBeGreaterThan(8 * 3 + 8);
    }
  });
});
