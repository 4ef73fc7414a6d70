import { useTranslation } from 'react-i18next';
import type { VoicePreference } from '../../domain/voice';

interface DeviceVoiceSelectProps {
  /** The device's local voices for the language (useLocalVoices); not empty. */
  voices: readonly SpeechSynthesisVoice[];
  preference: VoicePreference;
  onSave: (next: VoicePreference) => void;
  testId: string;
}

/** Which of the device's own voices reads a language: the best one unless the user picks another. */
export function DeviceVoiceSelect({ voices, preference, onSave, testId }: DeviceVoiceSelectProps) {
  const { t } = useTranslation('voice');
  return (
    <label className="inline-field">
      {t('choice.voice')}
      <select
        value={voices.some((v) => v.voiceURI === preference.voiceURI) ? preference.voiceURI : ''}
        onChange={(e) => onSave(e.target.value ? { ...preference, voiceURI: e.target.value } : { prefer: preference.prefer })}
        data-testid={testId}
      >
        <option value="">{t('choice.bestVoice')}</option>
        {voices.map((v) => (
          <option key={v.voiceURI} value={v.voiceURI}>
            {v.name}
          </option>
        ))}
      </select>
    </label>
  );
}
