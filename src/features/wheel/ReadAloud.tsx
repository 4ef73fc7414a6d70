import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaId } from '../../domain/wheel';
import { intlLocale } from '../../i18n/format';

function findVoice(language: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const wanted = intlLocale(language).toLowerCase();
  const base = wanted.split('-')[0];
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => v.lang.toLowerCase() === wanted) ?? voices.find((v) => v.lang.toLowerCase().split('-')[0] === base);
}

/** Reads an area's child-friendly text aloud, only when the device has a voice for the language. */
export function ReadAloud({ areaId, language }: { areaId: AreaId; language: string }) {
  const { t, i18n } = useTranslation();
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(() => findVoice(language));

  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const refresh = () => setVoice(findVoice(language));
    refresh();
    speechSynthesis.addEventListener('voiceschanged', refresh);
    return () => speechSynthesis.removeEventListener('voiceschanged', refresh);
  }, [language]);

  if (!voice) return null;
  const text = i18n.getFixedT(language, 'wheel')(`areas.${areaId}.child`);
  return (
    <button
      type="button"
      className="button-secondary"
      data-testid="read-aloud"
      onClick={() => {
        speechSynthesis.cancel();
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        speechSynthesis.speak(utterance);
      }}
    >
      {t('family.readAloud')}
    </button>
  );
}
