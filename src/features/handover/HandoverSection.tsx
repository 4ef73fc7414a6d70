// "Lämna över" on a child's page: an encrypted file of this child for the next responsible person, with a
// passphrase of common words in the UI language, shown once to be told by phone or in person, and an
// optional message. Afterwards this device records the handover and offers to delete the child here.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePassphrase } from '../../domain/handover/passphrase';
import type { Child } from '../../domain/model';
import { isLanguage } from '../../i18n/languages';
import { deleteChild } from '../../storage';
import { navigate } from '../../navigation';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { PersonnummerHint } from '../../ui/PersonnummerHint';
import { downloadFile } from '../export/share';
import { createHandoverFile, recordSentHandover } from './handoverActions';
import { wordList } from './words';
import './handover.css';

type Step = { step: 'form' } | { step: 'busy' } | { step: 'done'; words: string[]; lang: string; fileName: string };

export function HandoverSection({ child }: { child: Child }) {
  const { t, i18n } = useTranslation('practice');
  const id = useId();
  const [role, setRole] = useState('');
  const [sender, setSender] = useState('');
  const [message, setMessage] = useState('');
  const [step, setStep] = useState<Step>({ step: 'form' });
  const [error, setError] = useState<string | undefined>();

  async function make(event: FormEvent) {
    event.preventDefault();
    if (role.trim() === '') {
      setError(t('handover.roleNeeded'));
      return;
    }
    setError(undefined);
    setStep({ step: 'busy' });
    try {
      const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
      const words = generatePassphrase(await wordList(lang));
      const { file, handover } = await createHandoverFile({ childId: child.id, role, sender, message, passphrase: words.join(' ') });
      downloadFile(file, file.name);
      await recordSentHandover(child.id, handover);
      setStep({ step: 'done', words, lang, fileName: file.name });
      setMessage('');
    } catch {
      setStep({ step: 'form' });
      setError(t('handover.failed'));
    }
  }

  return (
    <details className="handover backup-section" data-testid="handover">
      <summary>{t('handover.heading')}</summary>
      <p id={`${id}-intro`}>{t('handover.intro')}</p>
      {step.step !== 'done' ? (
        <form onSubmit={(e) => void make(e)} noValidate aria-describedby={`${id}-intro`}>
          <TextField label={t('handover.role')} hint={t('handover.roleHint')} value={role} onChange={setRole} data-testid="handover-role" />
          <TextField label={t('handover.sender')} value={sender} onChange={setSender} data-testid="handover-sender" />
          <TextArea label={t('handover.message')} hint={t('handover.messageHint')} value={message} onChange={setMessage} name="handover-message" />
          <PersonnummerHint text={message} />
          <button type="submit" disabled={step.step === 'busy'} data-testid="handover-make">
            {t('handover.make')}
          </button>
          {step.step === 'busy' ? <p className="muted">{t('handover.working')}</p> : null}
        </form>
      ) : (
        <div className="handover-done" data-testid="handover-done">
          <p className="form-ok" role="status">
            {t('handover.saved', { file: step.fileName })}
          </p>
          <p>{t('handover.tell')}</p>
          <p className="handover-passphrase" lang={step.lang} data-testid="handover-passphrase">
            {step.words.join(' ')}
          </p>
          <p className="hint-warning">{t('handover.once')}</p>
          <button type="button" className="button-secondary" onClick={() => setStep({ step: 'form' })} data-testid="handover-hide">
            {t('handover.hide')}
          </button>
          <p>{t('handover.deleteQuestion')}</p>
          <ConfirmButton
            label={t('handover.delete')}
            question={t('handover.deleteConfirm')}
            confirmLabel={t('handover.deleteYes')}
            onConfirm={async () => {
              await deleteChild(child.id);
              navigate({ name: 'home' }, { replace: true });
            }}
          />
        </div>
      )}
      <p role="alert" className="form-error">
        {error}
      </p>
    </details>
  );
}
