// #/plan/<childId>: Barnets plan built from the child's conversations, in Swedish, the family's language
// or both side by side; printable (the browser's print dialog also saves a PDF) and copyable as text.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../domain/model';
import { buildPlan, planToPlainText } from '../../domain/plan';
import { loadLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { LANGUAGE_META, isLanguage, type Language } from '../../i18n/languages';
import { getChild, listConversations, useLive } from '../../storage';
import { hrefFor } from '../../navigation';
import { Bidi } from '../../ui/Bidi';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { copyText } from '../export/clipboard';
import { columnTranslate } from '../export/summaryTranslate';
import { PlanDocument } from './PlanDocument';
import './plan.css';

type Choice = 'sv' | 'family' | 'both';

export function PlanPage({ childId }: { childId: string }) {
  const { t, i18n } = useTranslation(['practice', 'common']);
  const data = useLive(async () => ({ child: await getChild(childId), conversations: await listConversations(childId) }), [childId]);
  const [choice, setChoice] = useState<Choice>('sv');
  const [picked, setPicked] = useState<Language | undefined>();
  const [ready, setReady] = useState<ReadonlySet<string>>(() => new Set());
  const [copied, setCopied] = useState<'ok' | 'error' | undefined>();
  const [manual, setManual] = useState<string | undefined>();
  const child = data?.child;
  const fromChild = child?.languages.find((l) => isLanguage(l) && l !== 'sv');
  const family: Language = picked ?? (isLanguage(fromChild) ? fromChild : 'sv');
  const languages: Language[] = choice === 'sv' ? ['sv'] : choice === 'family' ? [family] : family === 'sv' ? ['sv'] : ['sv', family];
  const wanted = languages.join(',');

  useEffect(() => {
    let live = true;
    void Promise.all(wanted.split(',').map((l) => loadLanguage(l as Language))).then(() => {
      if (live) setReady((previous) => new Set([...previous, ...wanted.split(',')]));
    });
    return () => {
      live = false;
    };
  }, [wanted]);

  if (!data) return <p className="muted">{t('common:status.loading')}</p>;
  if (!child) return <p role="alert">{t('common:child.missing')}</p>;
  const loaded = languages.every((l) => ready.has(l) || i18n.hasResourceBundle(l, 'practice'));
  const today = todayIsoDate();
  const ui = isLanguage(i18n.language) ? i18n.language : 'sv';
  const plans = languages.map((lng) => {
    const { t: lt } = columnTranslate(i18n, lng, ui);
    return { lng, plan: buildPlan({ child, conversations: data.conversations, t: lt, formatDate: (iso) => formatDate(iso, lng), today }) };
  });

  async function copy() {
    const text = plans.map(({ plan }) => planToPlainText(plan)).join('\n\n\n');
    const ok = await copyText(text);
    setCopied(ok ? 'ok' : 'error');
    setManual(ok ? undefined : text);
  }

  return (
    <div className="summary-page plan-page" data-testid="plan-page">
      <div className="summary-controls no-print">
        <p className="breadcrumb">
          <a href={hrefFor({ name: 'child', childId })}>
            <Bidi>{child.alias}</Bidi>
          </a>
        </p>
        <h1>{t('plan.heading')}</h1>
        <p className="muted">{t('plan.intro')}</p>
        <fieldset className="summary-language">
          <legend>{t('plan.languageLegend')}</legend>
          {(['sv', 'family', 'both'] as const).map((value) => (
            <label key={value} className="checkbox">
              <input type="radio" name="plan-language" value={value} checked={choice === value} onChange={() => setChoice(value)} />
              {value === 'sv' ? LANGUAGE_META.sv.nativeName : t(`plan.choice.${value}`)}
            </label>
          ))}
          <LanguageSelect label={t('plan.familyLanguage')} value={family} onChange={setPicked} testId="plan-family-language" />
        </fieldset>
        <div className="summary-actions">
          <button type="button" onClick={() => window.print()} data-testid="plan-print">
            {t('plan.print')}
          </button>
          <button type="button" className="button-secondary" onClick={() => void copy()} data-testid="plan-copy">
            {t('plan.copy')}
          </button>
          <p role="status" className={copied === 'error' ? 'form-error' : 'form-ok'}>
            {copied ? t(copied === 'ok' ? 'plan.copied' : 'plan.copyFailed') : null}
          </p>
          {manual !== undefined ? (
            <label className="field">
              {t('plan.manual')}
              <textarea readOnly value={manual} rows={10} onFocus={(e) => e.currentTarget.select()} />
            </label>
          ) : null}
        </div>
        {data.conversations.length === 0 ? <p className="gentle-notice">{t('plan.noConversations')}</p> : null}
      </div>
      {loaded ? (
        <div className={plans.length > 1 ? 'summary-columns two-languages' : 'summary-columns'}>
          {plans.map(({ lng, plan }) => (
            <PlanDocument key={lng} plan={plan} lang={lng} dir={LANGUAGE_META[lng].dir === 'rtl' ? 'rtl' : 'ltr'} />
          ))}
        </div>
      ) : (
        <p className="muted">{t('common:status.loading')}</p>
      )}
    </div>
  );
}
