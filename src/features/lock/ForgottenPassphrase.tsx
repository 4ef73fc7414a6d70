import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { navigate } from '../../navigation';
import { eraseAll } from './lockStore';

/** The honest answer to a forgotten passphrase: nobody can open the notes; erasing is the only way on. */
export function ForgottenPassphrase({ open = false }: { open?: boolean }) {
  const { t } = useTranslation('lock');
  return (
    <details className="forgotten" open={open || undefined}>
      <summary>{t('forgotten.summary')}</summary>
      <p>{t('forgotten.explain')}</p>
      <p>{t('forgotten.way')}</p>
      <ConfirmButton
        label={t('forgotten.erase')}
        question={t('erase.confirm')}
        confirmLabel={t('erase.yes')}
        onConfirm={async () => {
          await eraseAll();
          navigate({ name: 'home' }, { replace: true });
        }}
      />
    </details>
  );
}
