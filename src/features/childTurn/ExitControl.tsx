import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DoorIcon } from './TurnControlIcons';
import { useHoldPress } from './useHoldPress';

/**
 * The adult's way out of the child's turn: small and quiet, and it counts only when held for 1.5 s (pointer,
 * or Space/Enter held down). A tap only says so. In the adult's language (the app's), whatever the child's is.
 */
export function ExitControl({ onHeld }: { onHeld: () => void }) {
  const { t, i18n } = useTranslation('childTurn');
  const id = useId();
  const [hint, setHint] = useState(false);
  const { holding, handlers } = useHoldPress({ onHeld, onTap: () => setHint(true) });
  return (
    <div className="child-turn-exit-area" lang={i18n.language} dir={i18n.dir(i18n.language)}>
      <p id={`${id}-hint`} className="child-turn-exit-hint" role="status">
        {hint ? t('exitHint') : ''}
      </p>
      <button
        type="button"
        className={holding ? 'child-turn-exit is-holding' : 'child-turn-exit'}
        data-testid="child-turn-exit"
        data-holding={holding}
        aria-describedby={`${id}-hint`}
        {...handlers}
      >
        <DoorIcon />
        <span>{t('exit')}</span>
        <span className="child-turn-exit-progress" aria-hidden="true" />
      </button>
    </div>
  );
}
