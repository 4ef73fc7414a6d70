import { Suspense, lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation';
import { dismissFirstRun, useLockStore } from './lockStore';
import './lock.css';

// The form (and its passphrase rules) loads only when the user asks for the lock: not in the first load.
const TurnOnLockForm = lazy(() => import('./TurnOnLockForm').then((m) => ({ default: m.TurnOnLockForm })));

/** Shown until dismissed: where the data lives, what the user answers for, and the lock on offer. */
export function FirstRunNote() {
  const show = useLockStore((s) => !s.firstRunDone && s.status === 'off');
  const [offering, setOffering] = useState(false);
  if (!show) return null;
  return <FirstRunNoteContent offering={offering} onOffer={() => setOffering(true)} />;
}

/** The note itself (also drawn before the app loads, src/app/firstPaint): `offering` once the lock's form is asked for. */
export function FirstRunNoteContent({ offering, onOffer }: { offering: boolean; onOffer: () => void }) {
  const { t } = useTranslation(['lock', 'common']);
  const id = useId();
  return (
    <section className="first-run" aria-labelledby={`${id}-heading`} data-testid="first-run">
      <h2 id={`${id}-heading`}>{t('firstRun.heading')}</h2>
      <p>{t('firstRun.where')}</p>
      <p>{t('firstRun.responsible')}</p>
      <p>{t('firstRun.offer')}</p>
      <p>
        <a href={hrefFor({ name: 'guide' })} data-testid="first-run-guide">
          {t('firstRun.guide')}
        </a>
      </p>
      {offering ? (
        <Suspense fallback={<p className="muted">{t('common:status.loading')}</p>}>
          <TurnOnLockForm />
        </Suspense>
      ) : null}
      <div className="toolbar">
        {offering ? null : (
          <button type="button" onClick={onOffer} data-testid="first-run-lock">
            {t('firstRun.turnOn')}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={() => void dismissFirstRun()} data-testid="first-run-dismiss">
          {t('firstRun.dismiss')}
        </button>
      </div>
    </section>
  );
}
