import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { PRIVACY_FACTS, isSealedField, type PrivacyRecord } from '../../storage/privacyFacts';

/** The i18next namespace the description is added under, in Swedish or English only. */
export const PRIVACY_NAMESPACE = 'privacyDocument' as const;

const RECORDS: readonly PrivacyRecord[] = ['child', 'conversation', 'areaEntry', 'action'];
const LIST_SECTIONS = ['where', 'retention'] as const;

/** The description's keys that hold a list of points. */
type ListKey =
  | 'summary.points'
  | 'decide.points'
  | 'encryption.points'
  | 'encryption.protects'
  | 'encryption.notProtects'
  | 'stored.other.points'
  | 'transfer.points'
  | `${(typeof LIST_SECTIONS)[number]}.points`;

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** The description in one language, with the figures of this build. */
export function PrivacyDocument({ language }: { language: string }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language, PRIVACY_NAMESPACE);
  const facts = {
    database: PRIVACY_FACTS.database,
    iterations: formatNumber(PRIVACY_FACTS.iterations, language),
    saltBytes: PRIVACY_FACTS.saltBytes,
    idleMinutes: PRIVACY_FACTS.idleMinutes,
    retentionChoices: PRIVACY_FACTS.retentionMonths.join(', '),
  };
  const list = (key: ListKey) => asList(t(key, { ...facts, returnObjects: true }));
  const points = (at: ListKey) => (
    <ul>
      {list(at).map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  return (
    <article className="privacy-document" lang={language} dir={i18n.dir(language)} data-testid="privacy-document">
      <h2 className="privacy-title">{t('title')}</h2>
      <p className="lead">{t('subtitle')}</p>
      <section>
        <h3>{t('summary.heading')}</h3>
        {points('summary.points')}
      </section>
      <section>
        <h3>{t('controller.heading')}</h3>
        <p>{t('controller.text')}</p>
      </section>
      <section>
        <h3>{t('purpose.heading')}</h3>
        <p>{t('purpose.text')}</p>
      </section>
      <section>
        <h3>{t('stored.heading')}</h3>
        <p>{t('stored.intro')}</p>
        {RECORDS.map((record) => {
          const fields: Array<[string, string]> = Object.entries(t(`stored.fields.${record}`, { returnObjects: true }));
          return (
            <table key={record} className="privacy-fields" data-record={record}>
              <caption>{t(`stored.records.${record}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stored.field')}</th>
                  <th scope="col">{t('stored.meaning')}</th>
                  <th scope="col">{t('stored.sealed')}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map(([field, meaning]) => (
                  <tr key={field}>
                    <th scope="row">
                      <code dir="ltr">{field}</code>
                    </th>
                    <td>{meaning}</td>
                    <td>{isSealedField(record, field) ? t('stored.sealedYes') : t('stored.sealedNo')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
        <h4>{t('stored.other.heading')}</h4>
        {points('stored.other.points')}
      </section>
      {LIST_SECTIONS.map((section) => (
        <section key={section}>
          <h3>{t(`${section}.heading`)}</h3>
          {points(`${section}.points`)}
        </section>
      ))}
      <section>
        <h3>{t('encryption.heading')}</h3>
        {points('encryption.points')}
        <h4>{t('encryption.protectsHeading')}</h4>
        {points('encryption.protects')}
        <h4>{t('encryption.notProtectsHeading')}</h4>
        {points('encryption.notProtects')}
      </section>
      <section>
        <h3>{t('transfer.heading')}</h3>
        {points('transfer.points')}
      </section>
      <section>
        <h3>{t('decide.heading')}</h3>
        {points('decide.points')}
      </section>
      <section>
        <h3>{t('rights.heading')}</h3>
        <p>{t('rights.text')}</p>
      </section>
    </article>
  );
}
