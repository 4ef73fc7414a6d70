// The open part of "I am worried the child is being harmed": the duty to report, where to call, and each
// record, with adding and closing. Loaded when a SafetyWorry button is first pressed.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, todayIsoDate, type SafetyConcern } from '../../domain/model';
import { removeConcern, upsertConcern } from '../../domain/practice/safety';
import type { AreaId } from '../../domain/wheel';
import { DutyToReport } from './DutyToReport';
import type { PracticeValue } from './PracticeContext';
import { WorryRecord } from './WorryRecord';

interface WorryPanelProps {
  panelId: string;
  areaId?: AreaId;
  /** The concerns raised in this area (or for the whole conversation). */
  concerns: readonly SafetyConcern[];
  practice: PracticeValue;
  onClose: () => void;
}

export function WorryPanel({ panelId, areaId, concerns, practice, onClose }: WorryPanelProps) {
  const { t } = useTranslation('practice');
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening moves the focus to the panel's heading, so a screen reader starts there.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const { conversation, update } = practice;

  const add = () => {
    const concern: SafetyConcern = { id: newId(), raisedDate: todayIsoDate(), description: '' };
    if (areaId) concern.areaId = areaId;
    update((current) => upsertConcern(current, concern));
  };

  return (
    <div className="worry-panel" id={panelId} data-testid="worry-panel">
      <h4 ref={heading} tabIndex={-1}>
        {t('worry.heading')}
      </h4>
      <DutyToReport setting={conversation.setting} />
      {concerns.map((concern) => (
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
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('worry.close')}
        </button>
      </div>
    </div>
  );
}
