import { speechLocale } from '../../i18n/format';

/** The device's speech voice for a language (the exact locale first, else the same language), if it has one. */
export function deviceVoice(language: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const wanted = speechLocale(language).toLowerCase();
  const base = wanted.split('-')[0];
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => v.lang.toLowerCase() === wanted) ?? voices.find((v) => v.lang.toLowerCase().split('-')[0] === base);
}
