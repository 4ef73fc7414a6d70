// "Jag är orolig för att barnet far illa": a clearly marked control in every area panel and in the part
// for the whole conversation. It opens a short, calm panel: the duty to report, where to call, and the
// record. Never in the family view or the child's turn (those views never mount it, and forFamily
// strips the record from what they get).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, todayIsoDate, type SafetyConcern } from '../../domain/model';
import { removeConcern, upsertConcern } from '../../domain/practice/safety';
import type { AreaId } from '../../domain/wheel';
import { DutyToReport } from './DutyToReport';
import { usePractice } from './PracticeContext';
import { WorryRecord } from './WorryRecord';
import './practice.css';

export function SafetyWorry({ areaId }: { areaId?: AreaId }) {
  const { t } = useTranslation('practice');
  const id = useId();
  const practice = usePractice();
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  if (!practice) return null;
  const { conversation, update } = practice;
  const mine = (conversation.safetyConcerns ?? []).filter((c) => c.areaId === areaId);
  const openCount = mine.filter((c) => !c.outcome).length;

  const add = () => {
    const concern: SafetyConcern = { id: newId(), raisedDate: todayIsoDate(), description: '' };
    if (areaId) concern.areaId = areaId;
    update((current) => upsertConcern(current, concern));
  };

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
        <div className="worry-panel" id={`${id}-panel`} data-testid="worry-panel">
          <h4 ref={heading} tabIndex={-1}>
            {t('worry.heading')}
          </h4>
          <DutyToReport setting={conversation.setting} />
          {mine.map((concern) => (
            <WorryRecord
              key={concern.id}
              concern={concern}
              onChange={(next) => update((current) => upsertConcern(current, next))}
              onRemove={() => update((current) => removeConcern(current, concern.id))}
            />
          ))}
          <div className="toolbar">
            <button type="button" onClick={add} data-testid="worry-add">
              {t('worry.add')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              {t('worry.close')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
