import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BASE_AGE_BAND, childPromptsKey, childTextKey } from '../../domain/ageBand';
import type { AgeBand } from '../../domain/model';
import type { AreaId } from '../../domain/wheel';
import { stopReadAloud } from '../readAloud/readAloud';
import { ReadAloudButton } from '../readAloud/ReadAloudButton';

/**
 * "Read this area" in the family view: the area's name, its text for the child and its prompts, with a
 * recording or the device's voice (features/readAloud); not shown where neither can read them.
 */
export function ReadAloud({ areaId, language, band = BASE_AGE_BAND }: { areaId: AreaId; language: string; band?: AgeBand }) {
  const { i18n } = useTranslation();
  // The button is part of the family's side of the screen: in their language, like the text it reads.
  const t = i18n.getFixedT(language, 'common');
  const tw = i18n.getFixedT(language, 'wheel');
  const prompts = tw(childPromptsKey(areaId, band), { returnObjects: true }) as unknown;
  // Another area or leaving the family view ends the reading.
  useEffect(() => stopReadAloud, [areaId, language]);
  return (
    <ReadAloudButton
      lang={language}
      band={band}
      label={t('family.readAloud')}
      texts={[
        { key: `wheel:areas.${areaId}.label`, text: tw(`areas.${areaId}.label`) },
        { key: `wheel:${childTextKey(areaId, band)}`, text: tw(childTextKey(areaId, band)) },
        ...(Array.isArray(prompts) ? prompts.map((text, index) => ({ key: `wheel:${childPromptsKey(areaId, band)}.${index}`, text: String(text) })) : []),
      ]}
    />
  );
}
