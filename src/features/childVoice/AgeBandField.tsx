import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ageBandFor } from '../../domain/ageBand';
import { AGE_BANDS, type AgeBand, type Child, type Conversation } from '../../domain/model';

const AUTO = 'auto';

/** Which age band's child texts this conversation shows: the birth year's, or one chosen here. */
export function AgeBandField({
  conversation,
  child,
  onChange,
}: {
  conversation: Conversation;
  child: Child | undefined;
  onChange: (ageBand: AgeBand | undefined) => void;
}) {
  const { t } = useTranslation(['childVoice', 'common']);
  const id = useId();
  const fromBirthYear = ageBandFor(child?.birthYear, conversation.date);
  const years = (band: AgeBand) => t(`common:ageBand.years.${band}`);
  return (
    <div className="field">
      <label htmlFor={id}>{t('ageBand.label')}</label>
      <select
        id={id}
        value={conversation.ageBand ?? AUTO}
        onChange={(e) => onChange((AGE_BANDS as readonly string[]).includes(e.target.value) ? (e.target.value as AgeBand) : undefined)}
        aria-describedby={`${id}-hint`}
        data-testid="age-band"
      >
        <option value={AUTO}>{t(child?.birthYear === undefined ? 'ageBand.autoUnknown' : 'ageBand.auto', { years: years(fromBirthYear) })}</option>
        {AGE_BANDS.map((band) => (
          <option key={band} value={band}>
            {years(band)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        {t(`ageBand.hint.${conversation.ageBand ?? fromBirthYear}`)}
      </p>
    </div>
  );
}
