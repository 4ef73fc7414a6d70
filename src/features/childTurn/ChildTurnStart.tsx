// In the conversation: hand the device to the child. Starts the child's turn in the family's language (or
// the app's), optionally with the app's language beside it. Its chunk loads only when it opens.
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../domain/model';
import { LANGUAGE_META, isLanguage, type Language } from '../../i18n/languages';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { navigate } from '../../navigation';
import { flushAllEdits } from '../../storage';
import { StarIcon } from './TurnIcons';
import { enterFullscreen } from './fullscreen';
import { turnLanguage } from './turnLanguage';
import '../childVoice/childVoice.css';

export const ChildTurnStart = memo(function ChildTurnStart({ conversation }: { conversation: Conversation }) {
  const { t, i18n } = useTranslation('childVoice');
  const id = useId();
  // The family's language, else the app's (following a change of it), until the adult picks one here.
  const [picked, setPicked] = useState<Language | undefined>(undefined);
  const language = picked ?? turnLanguage(undefined, conversation.familyLanguage, i18n.language);
  const [sideBySide, setSideBySide] = useState(false);
  const ui = isLanguage(i18n.language) ? i18n.language : 'sv';

  async function start() {
    // Asked for in the press itself: the browser allows full screen only then.
    enterFullscreen();
    await flushAllEdits().catch(() => undefined);
    const lang2 = sideBySide && ui !== language ? { lang2: ui } : {};
    navigate({ name: 'childTurn', conversationId: conversation.id, lang: language, ...lang2 });
  }

  return (
    <section className="child-turn-start" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="sr-only">
        {t('turnStart.start')}
      </h2>
      <button type="button" onClick={() => void start()} data-testid="child-turn-start" aria-describedby={`${id}-hint`}>
        <StarIcon />
        {t('turnStart.start')}
      </button>
      <LanguageSelect label={t('turnStart.language')} value={language} onChange={setPicked} testId="child-turn-language" />
      {language !== ui ? (
        <label className="checkbox">
          <input type="checkbox" checked={sideBySide} onChange={(e) => setSideBySide(e.target.checked)} />
          {t('turnStart.sideBySide', { language: LANGUAGE_META[ui].nativeName })}
        </label>
      ) : null}
      <p id={`${id}-hint`} className="muted child-turn-start-hint">
        {t('turnStart.startHint')}
      </p>
    </section>
  );
});
