import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { StorageStatus } from './StorageStatus';
import { LockSettings } from '../lock/LockSettings';
import { RetentionSettings } from '../lock/RetentionSettings';
import { EraseEverything } from '../lock/EraseEverything';
import { BackupSection } from '../export/BackupSection';
import { WheelPackSettings } from '../texts/WheelPackSettings';
import { PracticeSettings } from '../practice/PracticeSettings';
import { ReceiveHandover } from '../handover/ReceiveHandover';
import { VoiceSettingsLink } from '../voice/VoiceSettingsLink';

export function SettingsView() {
  const { t } = useTranslation();
  return (
    <div className="settings">
      <h1>{t('settingsPage.title')}</h1>
      <section aria-labelledby="language-heading" className="settings-section">
        <h2 id="language-heading">{t('settingsPage.languageHeading')}</h2>
        <LanguageSwitcher />
      </section>
      <WheelPackSettings />
      <VoiceSettingsLink />
      <StorageStatus />
      <PracticeSettings />
      <BackupSection />
      <ReceiveHandover />
      <LockSettings />
      <RetentionSettings />
      <EraseEverything />
    </div>
  );
}
