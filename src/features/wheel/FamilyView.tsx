import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgeBand, Conversation } from '../../domain/model';
import type { AreaId } from '../../domain/wheel';
import { loadLanguage } from '../../i18n';
import { isLanguage, type Language } from '../../i18n/languages';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { Wheel } from '../../ui/wheel/Wheel';
import { WheelLegend } from '../../ui/wheel/WheelLegend';
import { AreaTexts } from '../../ui/AreaTexts';
import { ReadAloud } from './ReadAloud';

interface FamilyViewProps {
  conversation?: Conversation;
  /** The age band whose child texts are shown. */
  band?: AgeBand;
  selected: AreaId;
  onSelect: (id: AreaId) => void;
  /** Back to the professional's notes. */
  onClose: () => void;
}

/** The screen turned toward the family: large text, their language, no professional notes on show. */
export function FamilyView({ conversation, band, selected, onSelect, onClose }: FamilyViewProps) {
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
        <LanguageSelect label={t('family.language')} value={familyLanguage} onChange={setFamilyLanguage} />
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
                <AreaTexts areaId={selected} language={familyLanguage} {...(band ? { band } : {})} />
                <ReadAloud areaId={selected} language={familyLanguage} {...(band ? { band } : {})} />
              </div>
              {showBoth ? (
                <div>
                  <AreaTexts areaId={selected} language={i18n.language} {...(band ? { band } : {})} />
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
