import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVoicePackList, voicePackName } from '../../src/domain/voice/packList';

const LANGUAGES = ['sv', 'so', 'ar'];
const list = (packs: unknown, format = 'hjulet-voice-pack-list') => JSON.stringify({ format, version: 1, packs });

describe('the host list of voice packs', () => {
  it('names the packs it lists, and only real language and age names', () => {
    expect([...parseVoicePackList(list(['so-6-12', 'ar-0-5']), LANGUAGES)]).toEqual(['so-6-12', 'ar-0-5']);
    expect([...parseVoicePackList(list(['so-6-12', 'xx-6-12', 'so-7-9', '../secret', 42, null]), LANGUAGES)]).toEqual(['so-6-12']);
    expect(voicePackName('so', '13-17')).toBe('so-13-17');
  });

  it('is empty for anything that is not such a list', () => {
    for (const text of ['', 'not json', '[]', 'null', list('so-6-12'), list(['so-6-12'], 'hjulet-voice-pack'), '{"packs":["so-6-12"]}']) {
      expect(parseVoicePackList(text, LANGUAGES).size).toBe(0);
    }
  });

  it('ships empty with the build, so the static pages ask for no pack until the host lists one', () => {
    const shipped = readFileSync(new URL('../../public/voice-packs/index.json', import.meta.url), 'utf8');
    expect(JSON.parse(shipped)).toMatchObject({ format: 'hjulet-voice-pack-list', packs: [] });
    expect(parseVoicePackList(shipped, LANGUAGES).size).toBe(0);
  });
});
