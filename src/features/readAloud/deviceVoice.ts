import { speechLocale } from '../../i18n/format';

/**
 * The device's own voices for a language (the exact locale first, then the same language). Only voices
 * that speak on the device: a network voice would send the text away, which the privacy rule forbids.
 */
export function localVoices(language: string): SpeechSynthesisVoice[] {
  if (typeof speechSynthesis === 'undefined') return [];
  const wanted = speechLocale(language).toLowerCase();
  const base = wanted.split('-')[0];
  const voices = speechSynthesis.getVoices().filter((v) => v.localService);
  const exact = voices.filter((v) => v.lang.toLowerCase() === wanted);
  const same = voices.filter((v) => v.lang.toLowerCase() !== wanted && v.lang.toLowerCase().split('-')[0] === base);
  return [...exact, ...same];
}

/** The voice to speak a language with: the one chosen in settings while the device still has it, else the best. */
export function deviceVoice(language: string, voiceURI?: string): SpeechSynthesisVoice | undefined {
  const voices = localVoices(language);
  return voices.find((v) => v.voiceURI === voiceURI) ?? voices[0];
}
