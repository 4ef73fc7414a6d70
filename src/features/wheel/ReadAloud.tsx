import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BASE_AGE_BAND, childTextKey } from '../../domain/ageBand';
import type { AgeBand } from '../../domain/model';
import type { AreaId } from '../../domain/wheel';
import { deviceVoice as findVoice } from '../readAloud/deviceVoice';

/** Reads an area's child-friendly text aloud, only when the device has a voice for the language. */
export function ReadAloud({ areaId, language, band = BASE_AGE_BAND }: { areaId: AreaId; language: string; band?: AgeBand }) {
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
  const text = i18n.getFixedT(language, 'wheel')(childTextKey(areaId, band));
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
