import { useTranslation } from 'react-i18next';
import type { VoicePreference } from '../../domain/voice';
import { useLive } from '../../storage';
import { readVoicePreference, saveVoicePreference } from '../../storage/voicePreference';
import { DeviceVoiceSelect } from './DeviceVoiceSelect';
import { useLocalVoices } from './useLocalVoices';

/** Which reads first in this language, recordings or the device's voice, and which of the device's voices. */
export function VoiceChoice({ language }: { language: string }) {
  const { t } = useTranslation('voice');
  const preference = useLive(() => readVoicePreference(language), [language]);
  const voices = useLocalVoices(language);
  if (!preference) return null;
  const save = (next: VoicePreference) => void saveVoicePreference(language, next);
  return (
    <section aria-labelledby="voice-choice-heading" className="settings-section" data-testid="voice-choice">
      <h2 id="voice-choice-heading">{t('choice.heading')}</h2>
      <fieldset className="voice-choice">
        <legend>{t('choice.order')}</legend>
        {(['recording', 'device'] as const).map((prefer) => (
          <label key={prefer} className="checkbox">
            <input type="radio" name="voice-prefer" checked={preference.prefer === prefer} onChange={() => save({ ...preference, prefer })} />
            {t(`choice.${prefer}`)}
          </label>
        ))}
      </fieldset>
      {voices.length > 0 ? (
        <DeviceVoiceSelect voices={voices} preference={preference} onSave={save} testId="voice-device" />
      ) : (
        <p data-testid="voice-no-device">{t('choice.noVoice')}</p>
      )}
    </section>
  );
}
