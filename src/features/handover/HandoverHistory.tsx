import { useTranslation } from 'react-i18next';
import type { Child } from '../../domain/model';
import { formatDate } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';

/** "Handed over on <date> to <role>" and "Received on <date> from <role>", with the message. */
export function HandoverHistory({ child }: { child: Child }) {
  const { t, i18n } = useTranslation('practice');
  const handovers = child.handovers ?? [];
  if (handovers.length === 0) return null;
  return (
    <section aria-labelledby="handover-history-heading" data-testid="handover-history">
      <h2 id="handover-history-heading">{t('handover.history')}</h2>
      <ul>
        {handovers.map((h) => (
          <li key={h.id} data-handover={h.direction}>
            {t(h.direction === 'sent' ? 'handover.sentOn' : h.role ? 'handover.receivedFrom' : 'handover.receivedOn', {
              date: formatDate(h.date, i18n.language),
            })}
            {h.role ? (
              <>
                {' '}
                <Bidi>{h.role}</Bidi>
              </>
            ) : null}
            {h.message ? (
              <blockquote className="handover-message">
                <Bidi>{h.message}</Bidi>
              </blockquote>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
