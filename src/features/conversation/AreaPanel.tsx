import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, AgeBand, AreaEntry, NoteField } from '../../domain/model';
import { answerByAdult } from '../../domain/childAnswers';
import { ChildAnswerFields } from '../childVoice/ChildAnswerFields';
import { NOTE_FIELDS } from '../../domain/model';
import { setRating } from '../../domain/ratings';
import { PERSPECTIVES, stepArea, type AreaId } from '../../domain/wheel';
import { TextArea } from '../../ui/TextArea';
import { AreaTexts } from '../../ui/AreaTexts';
import { ActionsEditor } from './ActionsEditor';
import { RatingScale } from './RatingScale';
import { PersonnummerHint } from '../../ui/PersonnummerHint';
import { SafetyWorry } from '../practice/SafetyWorry';
import { ReadAloud } from '../wheel/ReadAloud';

interface AreaPanelProps {
  areaId: AreaId;
  /** The age band whose child texts are shown. */
  band: AgeBand;
  entry: AreaEntry;
  actions: Action[];
  /** With the panel's own area, so that an edit flushed after another area was picked lands right. */
  onEntryChange: (areaId: AreaId, entry: AreaEntry) => void;
  onActionsChange: (actions: Action[]) => void;
  onSelectArea: (id: AreaId, via: 'steps') => void;
  /** Set when the area was reached with the previous/next buttons: focus follows to the new panel. */
  focusOnOpen?: boolean;
}

const NOTE_KEYS = {
  goingWell: 'area.goingWell',
  worries: 'area.worries',
  nextSteps: 'area.nextSteps',
} as const satisfies Record<NoteField, string>;

// Memoised: a render of the conversation that changes nothing of this area (the address catching up with a
// tap, a save status) skips the panel.
export const AreaPanel = memo(function AreaPanel({
  areaId,
  band,
  entry,
  actions,
  onEntryChange: onAreaEntryChange,
  onActionsChange,
  onSelectArea,
  focusOnOpen = false,
}: AreaPanelProps) {
  const onEntryChange = (changed: AreaEntry) => onAreaEntryChange(areaId, changed);
  const { t, i18n } = useTranslation(['common', 'wheel']);
  const previous = stepArea(areaId, -1);
  const next = stepArea(areaId, 1);
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnOpen) panelRef.current?.querySelector<HTMLElement>('.area-label')?.focus();
  }, [focusOnOpen]);
  return (
    <section ref={panelRef} className="area-panel" aria-labelledby={`area-heading-${areaId}`} data-testid="area-panel" data-area-panel={areaId}>
      <AreaTexts areaId={areaId} headingId={`area-heading-${areaId}`} band={band} />
      {/* For a family reading along in the app's language: shown only where it can be read (a voice or recordings). */}
      <ReadAloud areaId={areaId} language={i18n.language} band={band} />
      <div className="rating-scales">
        <h3>{t('area.ratingsHeading')}</h3>
        {PERSPECTIVES.map((perspective) => (
          <RatingScale
            key={perspective}
            areaId={areaId}
            perspective={perspective}
            value={entry.ratings[perspective]}
            onChange={(rating) => onEntryChange(perspective === 'child' ? answerByAdult(entry, rating) : setRating(entry, perspective, rating))}
          />
        ))}
        <ChildAnswerFields entry={entry} onChange={onEntryChange} />
      </div>
      <div className="area-notes">
        <h3>{t('area.notesHeading')}</h3>
        {NOTE_FIELDS.map((field) => (
          <div key={field}>
            <TextArea label={t(NOTE_KEYS[field])} name={field} value={entry[field]} onChange={(value) => onEntryChange({ ...entry, [field]: value })} />
            <PersonnummerHint text={entry[field]} />
          </div>
        ))}
      </div>
      <ActionsEditor actions={actions} areaId={areaId} onChange={onActionsChange} />
      <SafetyWorry areaId={areaId} />
      <nav className="area-steps" aria-label={t('area.stepsLabel')}>
        <button type="button" className="button-secondary step-previous" onClick={() => onSelectArea(previous, 'steps')}>
          <span aria-hidden="true" className="step-arrow step-arrow-back" />
          {t('area.previous', { area: t(`wheel:areas.${previous}.label`) })}
        </button>
        <button type="button" className="button-secondary step-next" onClick={() => onSelectArea(next, 'steps')}>
          {t('area.next', { area: t(`wheel:areas.${next}.label`) })}
          <span aria-hidden="true" className="step-arrow step-arrow-forward" />
        </button>
      </nav>
    </section>
  );
});
