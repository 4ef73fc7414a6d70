// The per-language choice of voice (domain/voice/preference.ts), a small setting kept in clear.
import { cleanVoicePreference, type VoicePreference } from '../domain/voice/preference';
import { getDatabase } from './database';

const keyOf = (lang: string) => `voicePreference.${lang}`;

export async function readVoicePreference(lang: string): Promise<VoicePreference> {
  return cleanVoicePreference((await (await getDatabase()).settings.get(keyOf(lang)))?.value);
}

export async function saveVoicePreference(lang: string, preference: VoicePreference): Promise<void> {
  await (await getDatabase()).settings.put({ key: keyOf(lang), value: cleanVoicePreference(preference) });
}
