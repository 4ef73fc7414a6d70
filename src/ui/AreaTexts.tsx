import { useTranslation } from 'react-i18next';
import { BASE_AGE_BAND, childPromptsKey, childTextKey } from '../domain/ageBand';
import type { AgeBand } from '../domain/model';
import type { AreaId } from '../domain/wheel';
import { Pictogram } from './pictograms/Pictogram';
import { ReadText } from './ReadText';

interface AreaTextsProps {
  areaId: AreaId;
  headingId?: string;
  /** Show the texts in this language instead of the UI language (family view, public wheel). */
  language?: string;
  headingLevel?: 2 | 3;
  /** The age band whose child text and prompts are shown (6–12 when not given). */
  band?: AgeBand;
}

/** An area's label, meaning, child-friendly description and conversation prompts. */
export function AreaTexts({ areaId, headingId, language, headingLevel = 2, band = BASE_AGE_BAND }: AreaTextsProps) {
  const { i18n } = useTranslation(['wheel', 'common']);
  const shown = language ?? i18n.language;
  const tw = i18n.getFixedT(shown, 'wheel');
  const tc = i18n.getFixedT(shown, 'common');
  const prompts = tw(childPromptsKey(areaId, band), { returnObjects: true }) as unknown;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // One level below the area's heading, so headings never skip a level (h2 → h3, h3 → h4).
  const PromptsHeading = headingLevel === 2 ? 'h3' : 'h4';
  const langProps = language ? { lang: language, dir: i18n.dir(language) } : {};
  return (
    <div className="area-texts" data-age-band={band} {...langProps}>
      <Heading id={headingId} className="area-label" tabIndex={-1}>
        <Pictogram area={areaId} className="area-pictogram" />
        <span>
          <ReadText lang={shown} textKey={`wheel:areas.${areaId}.label`} text={tw(`areas.${areaId}.label`)} />
        </span>
      </Heading>
      <p className="area-meaning">{tw(`areas.${areaId}.meaning`)}</p>
      <p className="area-child">
        <span className="area-child-tag">{tc('area.forTheChildBand', { years: tc(`ageBand.years.${band}`) })}</span>{' '}
        <ReadText lang={shown} textKey={`wheel:${childTextKey(areaId, band)}`} text={tw(childTextKey(areaId, band))} />
      </p>
      <PromptsHeading className="area-prompts-heading">{tc('area.prompts')}</PromptsHeading>
      <ul className="area-prompts">
        {Array.isArray(prompts)
          ? prompts.map((prompt, index) => (
              <li key={String(prompt)}>
                <ReadText lang={shown} textKey={`wheel:${childPromptsKey(areaId, band)}.${index}`} text={String(prompt)} />
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
