import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../domain/model';
import type { AreaId } from '../../domain/wheel';
import { loadLanguage } from '../../i18n';
import { LANGUAGES, LANGUAGE_META, isLanguage, type Language } from '../../i18n/languages';
import { Wheel } from '../../ui/wheel/Wheel';
import { WheelLegend } from '../../ui/wheel/WheelLegend';
import { AreaTexts } from '../../ui/AreaTexts';
import { ReadAloud } from './ReadAloud';

interface FamilyViewProps {
  conversation?: Conversation;
  selected: AreaId;
  onSelect: (id: AreaId) => void;
  /** Back to the professional's notes. */
  onClose: () => void;
}

/** The screen turned toward the family: large text, their language, no professional notes on show. */
export function FamilyView({ conversation, selected, onSelect, onClose }: FamilyViewProps) {
  const { t, i18n } = useTranslation();
  const initial = conversation?.familyLanguage;
  const [familyLanguage, setFamilyLanguage] = useState<Language>(isLanguage(initial) ? initial : (i18n.language as Language));
  // The family's language alone at first (the calmest view); Swedish beside it when the professional asks.
  const [sideBySide, setSideBySide] = useState(false);
  const [loaded, setLoaded] = useState<string | undefined>(undefined);
  const ready = loaded === familyLanguage;

  useEffect(() => {
    void loadLanguage(familyLanguage).then(() => setLoaded(familyLanguage));
  }, [familyLanguage]);

  const showBoth = sideBySide && familyLanguage !== i18n.language;

  return (
    <div className="family-mode">
      {/* The professional's controls, in the UI language, outside the part turned toward the family. */}
      <div className="toolbar family-toolbar">
        <label className="inline-field">
          {t('family.language')}
          <select value={familyLanguage} onChange={(e) => isLanguage(e.target.value) && setFamilyLanguage(e.target.value)}>
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {LANGUAGE_META[lng].nativeName}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={sideBySide} onChange={(e) => setSideBySide(e.target.checked)} />
          {t('family.sideBySide')}
        </label>
        <button type="button" onClick={onClose} data-testid="family-view-close">
          {t('family.close')}
        </button>
      </div>
      {ready ? (
        // Everything in here is in the family's language (wheel, names, legend, texts, buttons), except the
        // second column of "two languages", which says its own language.
        <div className="family-view" data-testid="family-view" lang={familyLanguage} dir={i18n.dir(familyLanguage)}>
          <div className="family-layout">
            <div className="family-wheel">
              <Wheel entries={conversation?.entries} selected={selected} onSelect={onSelect} displayLanguage={familyLanguage} />
              <WheelLegend language={familyLanguage} />
            </div>
            <div className={showBoth ? 'family-texts two-languages' : 'family-texts'}>
              <div>
                <AreaTexts areaId={selected} language={familyLanguage} />
                <ReadAloud areaId={selected} language={familyLanguage} />
              </div>
              {showBoth ? (
                <div>
                  <AreaTexts areaId={selected} language={i18n.language} />
                </div>
              ) : null}
            </div>
          </div>
        </div>
      ) : (
        <p className="muted">{t('status.loading')}</p>
      )}
    </div>
  );
}
