// Settings filled in once: where the local social services take reports about children, and the
// records system notes are transferred to.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readRecordsSystemName, readSocialServicesContact, saveRecordsSystemName, saveSocialServicesContact } from '../../storage';
import { TextField } from '../../ui/TextField';

export function PracticeSettings() {
  const { t } = useTranslation('practice');
  const id = useId();
  const [contact, setContact] = useState<string | undefined>();
  const [system, setSystem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readSocialServicesContact().then((v) => setContact((c) => c ?? v));
    void readRecordsSystemName().then((v) => setSystem((s) => s ?? v));
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const [c, s] = await Promise.all([saveSocialServicesContact(contact ?? ''), saveRecordsSystemName(system ?? '')]);
    setContact(c);
    setSystem(s);
    setSaved(true);
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`} id="practice" data-testid="practice-settings">
      <h2 id={`${id}-heading`}>{t('settings.heading')}</h2>
      <form onSubmit={(e) => void save(e)} noValidate>
        <TextField
          label={t('settings.socialServices')}
          hint={t('settings.socialServicesHint')}
          value={contact ?? ''}
          onChange={(v) => {
            setContact(v);
            setSaved(false);
          }}
          data-testid="social-services-setting"
        />
        <TextField
          label={t('settings.recordsSystem')}
          hint={t('settings.recordsSystemHint')}
          value={system ?? ''}
          onChange={(v) => {
            setSystem(v);
            setSaved(false);
          }}
          data-testid="records-system-setting"
        />
        <button type="submit" className="button-secondary" data-testid="practice-settings-save">
          {t('settings.save')}
        </button>
        <p role="status" className="form-ok">
          {saved ? t('settings.saved') : null}
        </p>
      </form>
    </section>
  );
}
