import { useEffect, useState } from 'react';
import { localVoices } from '../readAloud/deviceVoice';

/** The device's own voices for a language, following them as they load (Chromium lists them late). */
export function useLocalVoices(language: string): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(() => localVoices(language));
  useEffect(() => {
    const refresh = () => setVoices(localVoices(language));
    refresh();
    if (typeof speechSynthesis === 'undefined') return;
    const synth = speechSynthesis;
    synth.addEventListener('voiceschanged', refresh);
    return () => synth.removeEventListener('voiceschanged', refresh);
  }, [language]);
  return voices;
}
