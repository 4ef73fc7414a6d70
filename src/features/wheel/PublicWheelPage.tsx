import { Suspense, lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AREA_IDS, type AreaId } from '../../domain/wheel';
import { changeLanguage } from '../../i18n';
import { isLanguage } from '../../i18n/languages';
import { Wheel } from '../../ui/wheel/Wheel';
import { AreaTexts } from '../../ui/AreaTexts';
import { useIdle } from '../../ui/useIdle';
import { PublicWheelIntro } from './PublicWheelIntro';

// Reading aloud (its player, the device's voices and the recordings in the database) comes once the page
// has painted: the wheel and its texts are what a family opening the QR code waits for.
const ReadAloud = lazy(() => import('./ReadAloud').then((module) => ({ default: module.ReadAloud })));

/** `#/wheel`: the wheel and all its texts, no child data, nothing saved (posters, parent evenings, QR code). */
export function PublicWheelPage({ lang }: { lang?: string }) {
  const { i18n } = useTranslation();
  const [selected, setSelected] = useState<AreaId>(AREA_IDS[0]);
  const idle = useIdle();

  useEffect(() => {
    if (isLanguage(lang) && lang !== i18n.language) void changeLanguage(lang);
  }, [lang, i18n]);

  const select = (id: AreaId) => {
    setSelected(id);
    document.getElementById(`public-area-${id}`)?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="public-wheel">
      <PublicWheelIntro />
      <div className="public-wheel-layout">
        <Wheel selected={selected} onSelect={select} />
        <ol className="public-areas">
          {AREA_IDS.map((id) => (
            <li key={id} id={`public-area-${id}`} className={id === selected ? 'is-selected' : undefined}>
              <AreaTexts areaId={id} headingLevel={2} />
              {/* A family that reads little hears the area they chose (a device voice or a recording here). */}
              {id === selected && idle ? (
                <Suspense fallback={null}>
                  <ReadAloud areaId={id} language={i18n.language} />
                </Suspense>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
