import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setIdleMinutes, useLockStore } from './lockStore';

/** 1 to 60 minutes; 5 unless chosen otherwise. */
export const IDLE_CHOICES = [1, 2, 3, 5, 10, 15, 20, 30, 45, 60] as const;

export function IdleTimeSetting() {
  const { t } = useTranslation('lock');
  const id = useId();
  const idleMinutes = useLockStore((s) => s.idleMinutes);
  const [saved, setSaved] = useState(false);
  const choices: number[] = IDLE_CHOICES.includes(idleMinutes as (typeof IDLE_CHOICES)[number])
    ? [...IDLE_CHOICES]
    : [...IDLE_CHOICES, idleMinutes].sort((a, b) => a - b);
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.idle')}</label>
      <select
        id={id}
        value={idleMinutes}
        aria-describedby={`${id}-hint`}
        className="lock-select"
        data-testid="idle-minutes"
        onChange={async (e) => {
          setSaved(false);
          await setIdleMinutes(Number(e.target.value));
          setSaved(true);
        }}
      >
        {choices.map((minutes) => (
          <option key={minutes} value={minutes}>
            {t('settings.idleOption', { count: minutes })}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        {t('settings.idleHint')}
      </p>
      <p role="status" className="form-ok">
        {saved ? t('settings.saved') : null}
      </p>
    </div>
  );
}
