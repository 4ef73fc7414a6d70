import { useTranslation } from 'react-i18next';
import { usePageTexts } from '../../i18n/pageTexts';
import { hrefFor } from '../../navigation';
import { VoiceOverview } from './VoiceOverview';

/** In settings: the voice of every language (VoiceOverview), and the way to the recordings page. */
export function VoiceSettingsLink() {
  const { t } = useTranslation('voice');
  const ready = usePageTexts('voice');
  if (!ready) return null;
  return (
    <section aria-labelledby="voice-settings-heading" className="settings-section">
      <h2 id="voice-settings-heading">{t('settings.heading')}</h2>
      <p>{t('settings.text')}</p>
      <VoiceOverview />
      <a className="button-secondary" href={hrefFor({ name: 'recordings' })} data-testid="voice-settings-link">
        {t('settings.open')}
      </a>
    </section>
  );
}
