import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaId } from '../../domain/wheel';
import { speechLocale } from '../../i18n/format';

function findVoice(language: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const wanted = speechLocale(language).toLowerCase();
  const base = wanted.split('-')[0];
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => v.lang.toLowerCase() === wanted) ?? voices.find((v) => v.lang.toLowerCase().split('-')[0] === base);
}

/** Reads an area's child-friendly text aloud, only when the device has a voice for the language. */
export function ReadAloud({ areaId, language }: { areaId: AreaId; language: string }) {
  const { i18n } = useTranslation();
  // The button is part of the family's side of the screen: in their language, like the text it reads.
  const t = i18n.getFixedT(language, 'common');
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
