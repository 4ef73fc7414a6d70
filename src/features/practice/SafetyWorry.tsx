// "Jag är orolig för att barnet far illa": a clearly marked control in every area panel and in the part
// for the whole conversation. It opens a short, calm panel: the duty to report, where to call, and the
// record. Never in the family view or the child's turn (those views never mount it, and forFamily
// strips the record from what they get).
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaId } from '../../domain/wheel';
import { usePractice } from './PracticeContext';
import './practice.css';

// The panel (the duty to report, the records) loads when it is opened: every area panel has the button,
// few conversations open it, and it is not part of the conversation's first load.
const WorryPanel = lazy(() => import('./WorryPanel').then((m) => ({ default: m.WorryPanel })));

export function SafetyWorry({ areaId }: { areaId?: AreaId }) {
  const { t } = useTranslation('practice');
  const id = useId();
  const practice = usePractice();
  const [open, setOpen] = useState(false);
  if (!practice) return null;
  const mine = (practice.conversation.safetyConcerns ?? []).filter((c) => c.areaId === areaId);
  const openCount = mine.filter((c) => !c.outcome).length;

  return (
    <section className="safety-worry" aria-labelledby={`${id}-button`} data-testid="safety-worry" data-worry-area={areaId ?? 'whole'}>
      <button
        id={`${id}-button`}
        type="button"
        className="worry-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        data-testid="worry-open"
      >
        <span aria-hidden="true" className="worry-mark" />
        {t('worry.button')}
      </button>
      {mine.length > 0 ? (
        <p className={openCount > 0 ? 'hint-warning' : 'muted'} data-testid="worry-count">
          {openCount > 0 ? t('worry.countOpen', { count: mine.length, open: openCount }) : t('worry.count', { count: mine.length })}
        </p>
      ) : null}
      {open ? (
        <Suspense fallback={null}>
          <WorryPanel panelId={`${id}-panel`} areaId={areaId} concerns={mine} practice={practice} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </section>
  );
}
