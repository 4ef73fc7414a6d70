// One recorded worry: what was seen or heard, and what came of it (a report: date, to whom, how; or no
// report: date and why). Saved with the conversation as it is typed, like every other note.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_CHANNELS, todayIsoDate, type ReportChannel, type ReportOutcome, type SafetyConcern } from '../../domain/model';
import { outcomeProblem } from '../../domain/practice/safety';
import { formatDate } from '../../i18n/format';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { PersonnummerHint } from '../../ui/PersonnummerHint';

type Decision = 'open' | 'reported' | 'notReported';

function decisionOf(concern: SafetyConcern): Decision {
  if (!concern.outcome) return 'open';
  return concern.outcome.reported ? 'reported' : 'notReported';
}

interface WorryRecordProps {
  concern: SafetyConcern;
  onChange: (concern: SafetyConcern) => void;
  onRemove: () => void;
}

export function WorryRecord({ concern, onChange, onRemove }: WorryRecordProps) {
  const { t, i18n } = useTranslation(['practice', 'summary']);
  const id = useId();
  const decision = decisionOf(concern);
  const outcome = concern.outcome;

  function decide(next: Decision) {
    const date = outcome?.date ?? todayIsoDate();
    if (next === 'open') {
      const { outcome: _gone, ...rest } = concern;
      onChange(rest);
    } else if (next === 'reported') onChange({ ...concern, outcome: { reported: true, date, to: '', channel: 'phone' } });
    else onChange({ ...concern, outcome: { reported: false, date, reason: '' } });
  }

  const setOutcome = (patch: Partial<ReportOutcome>) => outcome && onChange({ ...concern, outcome: { ...outcome, ...patch } as ReportOutcome });
  const problem = outcome ? outcomeProblem(outcome) : undefined;

  return (
    <article className="worry-record" data-concern-id={concern.id} aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{t('worry.recordTitle', { date: formatDate(concern.raisedDate, i18n.language) })}</h5>
      <TextArea
        label={t('worry.description')}
        hint={t('worry.descriptionHint')}
        value={concern.description}
        onChange={(description) => onChange({ ...concern, description })}
      />
      <PersonnummerHint text={concern.description} />
      <fieldset>
        <legend>{t('worry.decision')}</legend>
        {(['open', 'reported', 'notReported'] as const).map((value) => (
          <label key={value} className="checkbox">
            <input type="radio" name={`${id}-decision`} checked={decision === value} onChange={() => decide(value)} data-decision={value} />
            {t(`worry.decisions.${value}`)}
          </label>
        ))}
      </fieldset>
      {decision === 'open' ? <p className="hint-warning">{t('worry.openHint')}</p> : null}
      {outcome ? (
        <TextField
          label={t(outcome.reported ? 'worry.reportDate' : 'worry.decisionDate')}
          type="date"
          value={outcome.date}
          onChange={(date) => date && setOutcome({ date })}
        />
      ) : null}
      {outcome?.reported ? (
        <>
          <TextField
            label={t('worry.to')}
            hint={problem === 'to' ? t('worry.toNeeded') : undefined}
            value={outcome.to}
            onChange={(to) => setOutcome({ to })}
            data-testid="worry-to"
          />
          <div className="field">
            <label htmlFor={`${id}-channel`}>{t('worry.channel')}</label>
            <select
              id={`${id}-channel`}
              value={outcome.channel}
              onChange={(e) => setOutcome({ channel: e.target.value as ReportChannel })}
              data-testid="worry-channel"
            >
              {REPORT_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`summary:safety.channel.${c}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}
      {outcome && !outcome.reported ? (
        <TextArea
          label={t('worry.reason')}
          hint={problem === 'reason' ? t('worry.reasonNeeded') : undefined}
          value={outcome.reason}
          onChange={(reason) => setOutcome({ reason })}
        />
      ) : null}
      <ConfirmButton label={t('worry.remove')} question={t('worry.removeConfirm')} confirmLabel={t('worry.removeYes')} onConfirm={onRemove} />
    </article>
  );
}
