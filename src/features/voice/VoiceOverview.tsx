import { useTranslation } from 'react-i18next';
import type { VoicePreference } from '../../domain/voice';
import { formatNumber, languageName } from '../../i18n/format';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { useLive } from '../../storage';
import { recordingIndex } from '../../storage/recordings';
import { readVoicePreference, saveVoicePreference } from '../../storage/voicePreference';
import { DeviceVoiceSelect } from './DeviceVoiceSelect';
import { useLocalVoices } from './useLocalVoices';
import './voice.css';

/** One language's row: what reads first, which of the device's voices, and how many texts are recorded. */
function VoiceRow({ language }: { language: Language }) {
  const { t, i18n } = useTranslation('voice');
  const preference = useLive(() => readVoicePreference(language), [language]);
  const recordings = useLive(() => recordingIndex(language), [language]);
  const voices = useLocalVoices(language);
  const name = languageName(language, i18n.language);
  if (!preference) return null;
  const save = (next: VoicePreference) => void saveVoicePreference(language, next);
  return (
    <li data-voice-language={language}>
      <h3>{name}</h3>
      <label className="inline-field">
        {t('choice.order')}
        <select
          value={preference.prefer}
          onChange={(e) => save({ ...preference, prefer: e.target.value === 'device' ? 'device' : 'recording' })}
          data-testid="voice-overview-order"
        >
          {(['recording', 'device'] as const).map((prefer) => (
            <option key={prefer} value={prefer}>
              {t(`choice.${prefer}`)}
            </option>
          ))}
        </select>
      </label>
      {voices.length > 0 ? (
        <DeviceVoiceSelect voices={voices} preference={preference} onSave={save} testId="voice-overview-device" />
      ) : (
        <p className="muted" data-testid="voice-overview-none">
          {t('settings.noVoice')}
        </p>
      )}
      <p data-testid="voice-overview-recorded">{t('settings.recorded', { number: formatNumber(recordings?.size ?? 0, i18n.language) })}</p>
    </li>
  );
}

/** In settings: the voice of every language at a glance, each choice changeable where it is shown. */
export function VoiceOverview() {
  const { t } = useTranslation('voice');
  return (
    <ul className="voice-overview" aria-label={t('settings.languages')} data-testid="voice-overview">
      {LANGUAGES.map((language) => (
        <VoiceRow key={language} language={language} />
      ))}
    </ul>
  );
}
