import { useTranslation } from 'react-i18next';
import { AREA_IDS, type AreaId } from '../../domain/wheel';
import type { Language } from '../../i18n/languages';
import { Pictogram } from '../../ui/pictograms/Pictogram';

/** One area's label, meaning and child text in one language, with its own lang and dir. */
function HandoutArea({ id, lang }: { id: AreaId; lang: Language }) {
  const { i18n } = useTranslation();
  const tw = i18n.getFixedT(lang, 'wheel');
  const tc = i18n.getFixedT(lang, 'common');
  return (
    <div className="handout-area-text" lang={lang} dir={i18n.dir(lang)}>
      <h3>{tw(`areas.${id}.label`)}</h3>
      <p className="handout-meaning">{tw(`areas.${id}.meaning`)}</p>
      <p className="handout-child">
        <span className="area-child-tag">{tc('area.forTheChildBand', { years: tc('ageBand.years.6-12') })}</span> {tw(`areas.${id}.child`)}
      </p>
    </div>
  );
}

/** The one-page handout for a parent evening: the eight areas in the family's language beside Swedish. */
export function HandoutSheet({ lang, lang2 }: { lang: Language; lang2?: Language }) {
  const { t, i18n } = useTranslation('poster');
  const languages = lang2 && lang2 !== lang ? [lang, lang2] : [lang];
  return (
    <article className="print-sheet handout-sheet" data-columns={languages.length} data-testid="handout-sheet" aria-label={t('page.handout')}>
      <header className="handout-header">
        {languages.map((lng) => (
          <div key={lng} lang={lng} dir={i18n.dir(lng)}>
            <h2>{i18n.getFixedT(lng, 'poster')('handout.title')}</h2>
            <p>{i18n.getFixedT(lng, 'poster')('handout.intro')}</p>
          </div>
        ))}
      </header>
      <ol className="handout-areas">
        {AREA_IDS.map((id) => (
          <li key={id} className="handout-area">
            <Pictogram area={id} className="handout-pictogram" />
            {languages.map((lng) => (
              <HandoutArea key={lng} id={id} lang={lng} />
            ))}
          </li>
        ))}
      </ol>
      <p className="poster-credit" lang={lang} dir={i18n.dir(lang)}>
        {i18n.getFixedT(lang, 'poster')('pictureCredit')}
      </p>
    </article>
  );
}
