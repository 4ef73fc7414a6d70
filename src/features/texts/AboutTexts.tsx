import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewState } from '../../i18n/reviewShare';
import { ABOUT_TEXTS_QUERY } from './aboutLink';
import { PackInUse } from './PackInUse';

/**
 * "About the texts": where the wheel's wording comes from (GIRFEC, adapted by the project), how a region
 * puts in its own, which texts are in use now, and how much of this language is reviewed.
 */
export function AboutTexts() {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const review = reviewState(i18n.language, i18n);

  useEffect(() => {
    if (window.location.hash.includes(ABOUT_TEXTS_QUERY)) heading.current?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <section aria-labelledby="about-texts-heading" className="about-texts" data-testid="about-texts">
      <h2 id="about-texts-heading" ref={heading}>
        {t('texts.heading')}
      </h2>
      <p>{t('texts.source')}</p>
      <p>{t('texts.region')}</p>
      <PackInUse />
      <h3>{t('texts.reviewHeading')}</h3>
      <p data-testid="review-state">
        {review.kind === 'source'
          ? t('texts.reviewSource')
          : review.kind === 'reviewed'
            ? t('texts.reviewAll')
            : t('texts.reviewShare', { percent: review.percent })}
      </p>
      <p>{t('translation.howToReport')}</p>
    </section>
  );
}
