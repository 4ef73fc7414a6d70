import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createChild } from '../../domain/model';
import { saveChild, describeWriteError } from '../../storage';
import { navigate } from '../../navigation';
import { TextField } from '../../ui/TextField';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { PersonnummerHint } from '../../ui/PersonnummerHint';
import { requestPersistentStorage } from '../settings/persistence';

export function AddChildForm() {
  const { t } = useTranslation();
  const [alias, setAlias] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [languages, setLanguages] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const thisYear = new Date().getFullYear();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = alias.trim();
    if (!trimmed) {
      setError(t('child.aliasRequired'));
      return;
    }
    const year = birthYear ? Number(birthYear) : undefined;
    if (year !== undefined && (!Number.isInteger(year) || year < thisYear - 18 || year > thisYear)) {
      setError(t('child.birthYearInvalid', { from: thisYear - 18, to: thisYear }));
      return;
    }
    try {
      const child = await saveChild(createChild(year === undefined ? { alias: trimmed, languages } : { alias: trimmed, birthYear: year, languages }));
      void requestPersistentStorage();
      navigate({ name: 'child', childId: child.id });
    } catch (e) {
      setError(t(describeWriteError(e)));
    }
  }

  return (
    <section className="add-child" aria-labelledby="add-child-heading">
      <h2 id="add-child-heading">{t('child.addHeading')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField label={t('child.alias')} hint={t('child.aliasHint')} value={alias} onChange={setAlias} autoComplete="off" required />
        <PersonnummerHint text={alias} />
        <TextField label={t('child.birthYear')} inputMode="numeric" value={birthYear} onChange={setBirthYear} autoComplete="off" />
        <LanguagePicker legend={t('child.languages')} value={languages} onChange={setLanguages} />
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        <button type="submit">{t('child.add')}</button>
      </form>
    </section>
  );
}
