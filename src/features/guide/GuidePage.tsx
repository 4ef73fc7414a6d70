// `#/guide`: how to hold a wheel conversation, before, during and after, short and practical, in the UI
// language. Its texts are the `guide` namespace, loaded with the page.
import { useTranslation } from 'react-i18next';
import { AREA_IDS } from '../../domain/wheel';
import { usePageTexts } from '../../i18n/pageTexts';
import { hrefFor } from '../../navigation';
import { Pictogram } from '../../ui/pictograms/Pictogram';
import './guide.css';

/** The steps of each part, in the order they are read. */
const PARTS = {
  before: ['consent', 'language', 'interpreter', 'childTurn'],
  during: ['oneArea', 'childWords', 'worry'],
  after: ['familySummary', 'records', 'plan', 'followUp'],
} as const;

type Part = keyof typeof PARTS;
/** A step's key: each part with its own steps only. */
type StepKey = { [P in Part]: `${P}.${(typeof PARTS)[P][number]}` }[Part];
/** The key of a step of a part (PARTS pairs them, which the map over PARTS[part] cannot show the typecheck). */
const stepKey = (part: Part, step: string) => `${part}.${step}` as StepKey;

function GuidePart({ part, number }: { part: Part; number: number }) {
  const { t } = useTranslation(['guide', 'wheel']);
  return (
    <section className="guide-part" aria-labelledby={`guide-${part}`}>
      <h2 id={`guide-${part}`}>
        <span className="guide-part-number" aria-hidden="true">
          {number}
        </span>
        {t(`${part}.heading`)}
      </h2>
      <ol className="guide-steps">
        {PARTS[part].map((step) => (
          <li key={step} className="guide-step" data-step={step}>
            <h3>{t(`${stepKey(part, step)}.title`)}</h3>
            <p>{t(`${stepKey(part, step)}.text`)}</p>
            {step === 'oneArea' ? (
              // The eight pictures the child points at, in the wheel's order.
              <ul className="guide-areas">
                {AREA_IDS.map((id) => (
                  <li key={id}>
                    <Pictogram area={id} className="guide-pictogram" />
                    <span>{t(`wheel:areas.${id}.label`)}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function GuidePage() {
  const { t } = useTranslation(['guide', 'common']);
  const ready = usePageTexts('guide');
  if (!ready) return <p className="muted">{t('common:status.loading')}</p>;
  return (
    <article className="guide">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <GuidePart part="before" number={1} />
      <GuidePart part="during" number={2} />
      <GuidePart part="after" number={3} />
      <section className="guide-more no-print" aria-labelledby="guide-more">
        <h2 id="guide-more">{t('more.heading')}</h2>
        <ul>
          <li>
            <a href={hrefFor({ name: 'wheel' })}>{t('more.wheel')}</a>
          </li>
          <li>
            <a href={hrefFor({ name: 'poster' })}>{t('more.poster')}</a>
          </li>
          <li>
            <a href={hrefFor({ name: 'privacy' })}>{t('more.privacy')}</a>
          </li>
        </ul>
      </section>
    </article>
  );
}
