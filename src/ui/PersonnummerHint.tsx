import { useTranslation } from 'react-i18next';
import { looksLikePersonnummer } from '../domain/personnummer';

/** A gentle nudge toward data minimisation; it never blocks typing. */
export function PersonnummerHint({ text }: { text: string }) {
  const { t } = useTranslation('common');
  if (!looksLikePersonnummer(text)) return null;
  return (
    <p className="hint-warning" role="status">
      {t('privacy.personnummerWarning')}
    </p>
  );
}
