import { useTranslation } from 'react-i18next';
import { looksLikePersonnummer } from '../domain/personnummer';

/** A gentle nudge toward data minimisation; it never blocks typing. */
export function PersonnummerHint({ text }: { text: string }) {
  // The texts are subscribed to only while the hint shows: an area's panel has one of these under each note
  // field, and each subscription costs its mount on every tap on an area (issue 19).
  return looksLikePersonnummer(text) ? <PersonnummerWarning /> : null;
}

function PersonnummerWarning() {
  const { t } = useTranslation('common');
  return (
    <p className="hint-warning" role="status">
      {t('privacy.personnummerWarning')}
    </p>
  );
}
