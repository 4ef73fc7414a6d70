// How a language is read aloud, chosen per language in settings (issue 13, point 4). By default a
// recording of the current wording comes first and the device's own voice second; a user may prefer
// the device's voice, and pick which of its voices.
export interface VoicePreference {
  prefer: 'recording' | 'device';
  /** The device voice chosen (SpeechSynthesisVoice.voiceURI); none: the best local voice for the language. */
  voiceURI?: string;
}

export const DEFAULT_VOICE_PREFERENCE: VoicePreference = { prefer: 'recording' };

/** A stored preference as the app uses it; anything else is the default. */
export function cleanVoicePreference(value: unknown): VoicePreference {
  if (typeof value !== 'object' || value === null) return DEFAULT_VOICE_PREFERENCE;
  const { prefer, voiceURI } = value as Record<string, unknown>;
  const clean: VoicePreference = { prefer: prefer === 'device' ? 'device' : 'recording' };
  if (typeof voiceURI === 'string' && voiceURI !== '' && voiceURI.length <= 500) clean.voiceURI = voiceURI;
  return clean;
}
