import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createConversation, todayIsoDate, PARTICIPANT_ROLES, SETTINGS, type Child, type ParticipantRole, type Setting } from '../../domain/model';
import { saveConversation, describeWriteError } from '../../storage';
import { navigate } from '../../navigation';
import { LANGUAGES, LANGUAGE_META, isLanguage } from '../../i18n/languages';
import { TextField } from '../../ui/TextField';

export function StartConversationForm({ child }: { child: Child }) {
  const { t, i18n } = useTranslation(['common', 'summary']);
  const [date, setDate] = useState(todayIsoDate());
  const [setting, setSetting] = useState<Setting>('school');
  const [roles, setRoles] = useState<ParticipantRole[]>(['child', 'professional']);
  const firstFamilyLanguage = child.languages.find((lng) => isLanguage(lng) && lng !== i18n.language);
  const [familyLanguage, setFamilyLanguage] = useState<string>(firstFamilyLanguage ?? '');
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setError(t('conversation.dateInvalid'));
      return;
    }
    try {
      const conversation = createConversation({
        childId: child.id,
        date,
        setting,
        participants: roles.map((role) => ({ role })),
        uiLanguage: i18n.language,
        ...(familyLanguage ? { familyLanguage } : {}),
      });
      await saveConversation(conversation);
      navigate({ name: 'conversation', conversationId: conversation.id, areaId: 'safe' });
    } catch (e) {
      setError(t(describeWriteError(e)));
    }
  }

  return (
    <section className="start-conversation" aria-labelledby="start-heading">
      <h2 id="start-heading">{t('conversation.startHeading')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField label={t('conversation.date')} type="date" value={date} onChange={setDate} required />
        <div className="field">
          <label htmlFor="conversation-setting">{t('conversation.setting')}</label>
          <select id="conversation-setting" value={setting} onChange={(e) => setSetting(e.target.value as Setting)}>
            {SETTINGS.map((s) => (
              <option key={s} value={s}>
                {t(`summary:setting.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('conversation.participants')}</legend>
          {PARTICIPANT_ROLES.map((role) => (
            <label key={role} className="checkbox">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(e) => setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))}
              />
              {t(`summary:role.${role}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="conversation-family-language">{t('conversation.familyLanguage')}</label>
          <select id="conversation-family-language" value={familyLanguage} onChange={(e) => setFamilyLanguage(e.target.value)}>
            <option value="">{t('conversation.sameAsUi')}</option>
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {LANGUAGE_META[lng].nativeName}
              </option>
            ))}
          </select>
        </div>
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        <button type="submit">{t('conversation.start')}</button>
      </form>
    </section>
  );
}
