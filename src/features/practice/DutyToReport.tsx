// What the duty to report means for the user's service, calmly and briefly: the same law for preschool,
// school, health care and social services. The law's reference is a text, so it can change without code.
import { useTranslation } from 'react-i18next';
import type { Setting } from '../../domain/model';
import { readSocialServicesContact, useLive } from '../../storage';
import { hrefFor } from '../../navigation';
import { Bidi } from '../../ui/Bidi';

const SERVICE = {
  preschool: 'school',
  school: 'school',
  health: 'health',
  'social-services': 'social',
  other: 'other',
} as const satisfies Record<Setting, string>;

export function DutyToReport({ setting }: { setting: Setting }) {
  const { t } = useTranslation('practice');
  const contact = useLive(() => readSocialServicesContact(), []);
  return (
    <div className="duty-to-report" data-testid="duty-to-report">
      <p>{t('worry.duty')}</p>
      <p>{t(`worry.service.${SERVICE[setting]}`)}</p>
      <p className="muted">{t('worry.law', { law: t('worry.lawReference') })}</p>
      <p>{t('worry.unsure')}</p>
      {contact ? (
        <p data-testid="social-services-contact">
          <strong>{t('worry.contactLabel')}</strong> <Bidi>{contact}</Bidi>
        </p>
      ) : contact === '' ? (
        <p className="muted">
          {t('worry.noContact')} <a href={`${hrefFor({ name: 'settings' })}`}>{t('worry.toSettings')}</a>
        </p>
      ) : null}
      <p className="muted">{t('worry.nothingSent')}</p>
    </div>
  );
}
